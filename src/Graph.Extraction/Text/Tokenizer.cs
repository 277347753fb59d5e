using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Text;

/// <summary>
/// Splits text into words, numbers and punctuation. Keeps together what names need: abbreviations from the
/// lexicon ("Gen.", "St."), initials ("J."), dotted acronyms ("U.S."), hyphenated words ("MBR-200"),
/// inner apostrophes ("d'Escoto") and a plural possessive's apostrophe ("Workers'"); splits off "'s".
/// </summary>
internal sealed class Tokenizer(KnowledgeBase kb) : IComponent
{
    public string Name => "tokenizer";
    public IReadOnlyList<string> Assigns => ["Tokens"];

    public void Process(AnalyzedDocument doc)
    {
        var text = doc.Text;
        var i = 0;
        var newlines = 2; // the start of the text opens a paragraph
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (c == '\n') newlines++;
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetterOrDigit(c)) i = WordEnd(text, i);
            else if (c == '.' && i + 2 < text.Length && text[i + 1] == '.' && text[i + 2] == '.') i += 3;
            else if (IsApostrophe(c) && i + 1 < text.Length && text[i + 1] is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2]))) i += 2;
            else i += char.IsSurrogate(c) && i + 1 < text.Length && char.IsSurrogatePair(c, text[i + 1]) ? 2 : 1;
            Add(doc, start, i, newlines >= 2 || (newlines == 1 && IsListMarker(text, start)));
            newlines = 0;
        }
    }

    private static bool IsListMarker(string text, int start) => text[start] is '#' or '-' or '*' or '•' or '>';

    private void Add(AnalyzedDocument doc, int start, int end, bool paragraphStart)
    {
        var tokenText = doc.Text[start..end];
        string[] words;
        if (tokenText.Length == 2 && IsApostrophe(tokenText[0])) words = ["'s"];
        else if (char.IsLetterOrDigit(tokenText[0])) words = FoldCached(tokenText);
        else words = [];
        doc.Tokens.Add(new Token { Index = doc.Tokens.Count, Start = start, End = end, Text = tokenText, Words = words, ParagraphStart = paragraphStart });
    }

    // Folding normalizes Unicode per token; most tokens repeat, so their folded words are kept (bounded).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string[]> Folded = new(StringComparer.Ordinal);
    private const int MaxCached = 200_000;

    private static string[] FoldCached(string text)
    {
        if (Folded.TryGetValue(text, out var words)) return words;
        words = Fold.Words(text);
        if (Folded.Count > MaxCached) Folded.Clear();
        Folded.TryAdd(text, words);
        return words;
    }

    private int WordEnd(string text, int i)
    {
        var start = i;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
                    or System.Globalization.UnicodeCategory.SpacingCombiningMark)
            {
                i++;
                continue;
            }
            var next = i + 1 < text.Length ? text[i + 1] : '\0';
            // Inner hyphen, apostrophe ("d'Escoto", not "Bolivia's"), digit group ("600,000") or dotted acronym ("U.S").
            if (c is '-' or '‐' && char.IsLetterOrDigit(next)) { i++; continue; }
            if (IsApostrophe(c) && char.IsLetter(next) && !(next is 's' or 'S' && (i + 2 >= text.Length || !char.IsLetter(text[i + 2])))) { i++; continue; }
            if (c is ',' or '.' && char.IsDigit(next) && char.IsDigit(text[i - 1])) { i++; continue; }
            if (c == '.' && char.IsLetter(next) && (i - start == 1 || text[i - 2] == '.')) { i++; continue; }
            break;
        }
        if (i < text.Length && text[i] == '.')
        {
            var word = text[start..i];
            if (word.Contains('.') || IsInitial(word) || kb.Abbreviations.ContainsKey(word.ToLowerInvariant() + ".")) i++;
        }
        // A plural possessive keeps its apostrophe: "Workers'" names the same body as "Workers".
        else if (i < text.Length && IsApostrophe(text[i]) && text[i - 1] is 's' or 'S' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1]))) i++;
        return i;
    }

    private static bool IsInitial(string word) => word.Length == 1 && char.IsUpper(word[0]);

    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';
}
