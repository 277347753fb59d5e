using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Titles of books, articles and reports: a title in quotes or in title case after a cue noun ("the book
/// A World to Build"), or opening a sentence as "In Title of Several Words, ...". A title replaces
/// whatever names were found inside it. Cue nouns live in lexicon/work-cues.tsv.
/// </summary>
internal sealed class WorkDetector(KnowledgeBase kb) : IComponent
{
    public const string Method = "work";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Mentions"];

    private static readonly HashSet<string> TitleFunctionWords = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "of", "to", "in", "on", "and", "for", "with", "from", "at", "by", "is", "or", "de", "la", "el", "y",
    };

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        foreach (var s in doc.Sentences)
        {
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var cue = kb.WorkCues.MatchAt(tokens, t, s.EndToken).FirstOrDefault();
                if (cue.Values is not null && !char.IsUpper(tokens[t].Text[0]))
                {
                    var start = cue.End;
                    if (start < s.EndToken && tokens[start].Text is "," or ":") start++;
                    if (start < s.EndToken && tokens[start].Text is "“" or "\"")
                    {
                        var close = start + 1;
                        while (close < s.EndToken && tokens[close].Text is not ("”" or "\"")) close++;
                        if (close < s.EndToken && close > start + 1) { Add(doc, s, start + 1, close, "cue-quoted"); t = close; }
                        continue;
                    }
                    // The main title only: a subtitle after a colon is part of the work, not of its name.
                    var end = Title(tokens, start, s.EndToken, allowSubtitle: false);
                    // "the memoir Hugo Chávez wrote": a person's name after the cue is its author, not its title.
                    var isName = doc.Mentions.Any(m => m.Type == "Person" && m.FirstToken == start && m.EndToken == end);
                    if (end > start && !isName) { Add(doc, s, start, end, "cue"); t = end - 1; }
                    continue;
                }
                if (tokens[t].Text is "“" or "\"")
                {
                    var close = t + 1;
                    while (close < s.EndToken && tokens[close].Text is not ("”" or "\"")) close++;
                    if (close < s.EndToken && close - t - 1 >= 2 && IsTitleCase(tokens, t + 1, close)) { Add(doc, s, t + 1, close, "quoted"); t = close; }
                }
            }
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                // "Winn's Weavers of Revolution: The Yarur Workers ..." — a possessive, a title, a subtitle.
                if (tokens[t].Lower == "'s" && t > s.FirstToken && tokens[t - 1].IsCapitalized)
                {
                    var end = Title(tokens, t + 1, s.EndToken, allowSubtitle: false);
                    if (end > t + 1 && end < s.EndToken && tokens[end].Text == ":") Add(doc, s, t + 1, end, "possessive-subtitle");
                }
                // "Title: Subtitle to be published by Publisher"
                if (tokens[t].Lower == "published" && t + 1 < s.EndToken && tokens[t + 1].Lower == "by")
                {
                    var before = t;
                    while (before - 1 >= s.FirstToken && tokens[before - 1].Lower is "to" or "be" or "was" or "is" or "will" or "been" or "has" or "first" or ",") before--;
                    var start = before;
                    while (start - 1 >= s.FirstToken && (tokens[start - 1].Text == ":" || tokens[start - 1].IsWord
                        && (char.IsUpper(tokens[start - 1].Text[0]) || TitleFunctionWords.Contains(tokens[start - 1].Lower)))) start--;
                    while (start < before && !tokens[start].IsCapitalized) start++;
                    var end = start;
                    while (end < before && tokens[end].Text != ":") end++;
                    while (end > start && !tokens[end - 1].IsCapitalized) end--;
                    // "translated by Andrew Hurley and published by ..." names a person, not a title.
                    var afterBy = start > s.FirstToken && tokens[start - 1].Lower == "by";
                    var isName = doc.Mentions.Any(m => m.Type == "Person" && m.FirstToken == start && m.EndToken == end);
                    if (end - start >= 2 && !afterBy && !isName && !doc.Mentions.Any(m => m.Type == "Work" && m.FirstToken <= start && m.EndToken >= end))
                        Add(doc, s, start, end, "published-by");
                }
                // "Title of the Book (Publisher, 2006)"
                if (tokens[t].Text == "(" && t + 4 < s.EndToken && IsPublisherYear(tokens, t + 1, s.EndToken))
                {
                    var start = t;
                    while (start - 1 >= s.FirstToken && tokens[start - 1].IsWord
                        && (char.IsUpper(tokens[start - 1].Text[0]) || TitleFunctionWords.Contains(tokens[start - 1].Lower))) start--;
                    while (start < t && !tokens[start].IsCapitalized) start++;
                    if (t - start >= 2 && !doc.Mentions.Any(m => m.FirstToken == start && m.EndToken == t && m.Type != "Work"))
                        Add(doc, s, start, t, "publisher-year");
                }
            }
            // "In A World to Build, the author ..." at a sentence start.
            if (s.TokenCount > 4 && tokens[s.FirstToken].Text == "In")
            {
                // "In The Long Honduran Night: Resistance, Terror, ..." — a main title with an article, then its
                // subtitle; the article keeps "In Latin America: ..." out.
                var main = Title(tokens, s.FirstToken + 1, s.EndToken, allowSubtitle: false);
                if (main - s.FirstToken - 1 >= 3 && main < s.EndToken && tokens[main].Text == ":" && tokens[s.FirstToken + 1].Lower is "the" or "a" or "an")
                {
                    Add(doc, s, s.FirstToken + 1, main, "in-title-subtitle");
                    continue;
                }
                var end = Title(tokens, s.FirstToken + 1, s.EndToken);
                if (end - s.FirstToken - 1 >= 3 && end < s.EndToken && tokens[end].Text == ","
                    && Enumerable.Range(s.FirstToken + 2, end - s.FirstToken - 2).Any(i => TitleFunctionWords.Contains(tokens[i].Lower)))
                    Add(doc, s, s.FirstToken + 1, end, "in-title");
            }
        }
        doc.Mentions.RemoveAll(m => m.Type == "");
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>A quoted title, or capitalized words with lower-case function words between them, ending on a capital.</summary>
    /// <summary>"(Monthly Review Press, 2005)": capitalized words, a comma, a year.</summary>
    private static bool IsPublisherYear(List<Token> tokens, int i, int limit)
    {
        if (!tokens[i].IsCapitalized) return false;
        while (i < limit && tokens[i].IsWord && tokens[i].IsCapitalized) i++;
        return i + 2 < limit && tokens[i].Text == "," && tokens[i + 1].Text.Length == 4 && tokens[i + 1].Text.All(char.IsDigit) && tokens[i + 2].Text == ")";
    }

    private static int Title(List<Token> tokens, int start, int limit, bool allowSubtitle = true)
    {
        if (start >= limit) return start;
        if (!tokens[start].IsWord || !char.IsUpper(tokens[start].Text[0])) return start;
        var end = start + 1;
        var lastCapital = start + 1;
        while (end < limit)
        {
            var tok = tokens[end];
            if (tok.IsWord && (char.IsUpper(tok.Text[0]) || char.IsDigit(tok.Text[0]))) { end++; lastCapital = end; continue; }
            if (tok.IsWord && TitleFunctionWords.Contains(tok.Lower)) { end++; continue; }
            if (allowSubtitle && tok.Text == ":" && end + 1 < limit && tokens[end + 1].IsWord && char.IsUpper(tokens[end + 1].Text[0])) { end++; continue; }
            break;
        }
        return lastCapital - start >= 2 ? lastCapital : start;
    }

    private static bool IsTitleCase(List<Token> tokens, int a, int b)
    {
        var words = Enumerable.Range(a, b - a).Select(i => tokens[i]).Where(x => x.IsWord).ToList();
        return words.Count >= 2 && char.IsUpper(words[0].Text[0])
            && words.All(w => char.IsUpper(w.Text[0]) || char.IsDigit(w.Text[0]) || TitleFunctionWords.Contains(w.Lower));
    }

    private static void Add(AnalyzedDocument doc, Sentence s, int a, int b, string reason)
    {
        if (b <= a) return;
        var tokens = doc.Tokens;
        foreach (var m in doc.Mentions)
            if (m.FirstToken < b && m.EndToken > a) m.Type = "";
        doc.Mentions.Add(new Mention
        {
            FirstToken = a, EndToken = b, Start = tokens[a].Start, End = tokens[b - 1].End, Sentence = s.Index,
            Type = "Work", Method = $"{Method}:{reason}", Confidence = 0.7, Surface = doc.Slice(tokens[a].Start, tokens[b - 1].End),
        });
    }
}
