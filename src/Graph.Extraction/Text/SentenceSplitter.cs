using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Text;

/// <summary>
/// Groups tokens into sentences. A sentence ends at . ! ? or an ellipsis when what follows opens a new one
/// (a capital, a digit, an opening quote), at a paragraph break, and never after a title abbreviation
/// ("Gen. Perón"). An abbreviation that may end a sentence ("U.S.") ends one only before a function word.
/// Closing quotes and brackets stay with the sentence they close.
/// </summary>
internal sealed class SentenceSplitter(KnowledgeBase kb) : IComponent
{
    public string Name => "sentences";
    public IReadOnlyList<string> Assigns => ["Sentences", "Token.Sentence"];

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var first = 0;
        var paragraph = -1;
        for (var t = 0; t < tokens.Count; t++)
        {
            if (tokens[t].ParagraphStart)
            {
                if (t > first) Close(doc, first, t, paragraph);
                first = t;
                paragraph++;
            }
            if (!EndsHere(tokens, t)) continue;
            var end = t + 1;
            while (end < tokens.Count && IsCloser(tokens[end].Text) && !tokens[end].ParagraphStart) end++;
            if (end < tokens.Count && !tokens[end].ParagraphStart && !OpensSentence(tokens, end)) continue;
            Close(doc, first, end, Math.Max(paragraph, 0));
            first = end;
            t = end - 1;
        }
        if (first < tokens.Count) Close(doc, first, tokens.Count, Math.Max(paragraph, 0));
    }

    private bool EndsHere(List<Token> tokens, int t)
    {
        var text = tokens[t].Text;
        if (text is "." or "!" or "?" or "…" or "..." or "?!" ) return true;
        if (!text.EndsWith('.') || text.Length < 2) return false;
        // An abbreviation token carries its period.
        if (kb.Abbreviations.TryGetValue(text.ToLowerInvariant(), out var kind) && kind == "title") return false;
        if (text.Length == 2 && char.IsUpper(text[0])) return false; // an initial
        var next = t + 1 < tokens.Count ? tokens[t + 1] : null;
        return next is null || next.ParagraphStart || (next.IsCapitalized && kb.FunctionWords.Contains(next.Lower));
    }

    private static bool IsCloser(string text) => text is "\"" or "”" or "’" or "'" or ")" or "]" or "»";

    private static bool OpensSentence(List<Token> tokens, int t)
    {
        var text = tokens[t].Text;
        var c = text[0];
        return char.IsUpper(c) || char.IsDigit(c) || c is '"' or '“' or '‘' or '(' or '[' or '«' or '¿' or '¡' || (text.Length > 1 && c == '\'' );
    }

    private static void Close(AnalyzedDocument doc, int first, int end, int paragraph)
    {
        var index = doc.Sentences.Count;
        for (var i = first; i < end; i++) doc.Tokens[i].Sentence = index;
        doc.Sentences.Add(new Sentence(index, doc.Tokens[first].Start, doc.Tokens[end - 1].End, first, end - first, paragraph));
    }
}
