using Graph.Core.Dates;
using Graph.Extraction.Temporal.Internal;

namespace Graph.Extraction.Temporal;

/// <summary>
/// Finds English time expressions and normalises them to EDTF. Relative expressions resolve against the document
/// date ("twenty years ago") or against the latest date before them in the text ("two years later", "on June 28");
/// those that cannot be resolved are left out. The cue words come from seeds/knowledge/temporal/*.tsv.
/// Thread-safe: the lexicon is read-only after loading and each call keeps its own state.
/// </summary>
public sealed class TemporalTagger
{
    private readonly Lexicon _lexicon;

    private TemporalTagger(Lexicon lexicon) => _lexicon = lexicon;

    public static TemporalTagger CreateDefault() => new(Lexicon.LoadEmbedded());

    public IReadOnlyList<TimeExpression> Tag(string text, EdtfDate? documentDate) => Tag(text, documentDate, out _);

    /// <summary>Also reports how many grammar rules ran, so tests can check that the work grows linearly.</summary>
    internal IReadOnlyList<TimeExpression> Tag(string text, EdtfDate? documentDate, out long steps)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = Tokenizer.Tokenize(text);
        var resolution = new Resolution(documentDate);
        var grammar = new Grammar(tokens, _lexicon);
        var found = new List<TimeExpression>();
        var breaks = ParagraphBreaks(text);
        var paragraph = 0;
        foreach (var match in grammar.Scan())
        {
            while (paragraph < breaks.Count && breaks[paragraph] <= tokens[match.Start].Start) paragraph++;
            resolution.Paragraph = paragraph;
            Add(match, text, tokens, grammar, resolution, found);
        }
        steps = grammar.Steps;
        return found;
    }

    /// <summary>Offsets of blank lines, in order: a bare month-day reads differently across a paragraph break.</summary>
    private static List<int> ParagraphBreaks(string text)
    {
        var breaks = new List<int>();
        var lastNewline = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
            {
                if (lastNewline >= 0 && text.AsSpan(lastNewline + 1, i - lastNewline - 1).IsWhiteSpace()) breaks.Add(i);
                lastNewline = i;
            }
        }
        return breaks;
    }

    /// <summary>A date that opens its line and is followed by a colon: a chronology entry's heading ("2003: ...").</summary>
    private static bool IsHeading(string text, int start, int end)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, start - 1)) + 1;
        if (start > 0 && !text.AsSpan(lineStart, start - lineStart).IsWhiteSpace()) return false;
        var after = end;
        while (after < text.Length && text[after] is ' ' or '\t') after++;
        return after < text.Length && text[after] == ':';
    }

    private static void Add(Match match, string text, List<Token> tokens, Grammar grammar, Resolution resolution, List<TimeExpression> found)
    {
        var (start, end) = (tokens[match.Start].Start, tokens[match.End - 1].End);
        if (resolution.Resolve(match.Meaning, match.Meaning is Fixed && IsHeading(text, start, end)) is { } value)
        {
            found.Add(new TimeExpression(start, end, text[start..end], value, match.Meaning.Relative));
        }
        else if (match.Meaning is RangeOf or OpenFrom or OpenUntil or Hedged)
        {
            // The whole did not resolve (a backwards range, a relative end without an anchor): keep the parts that do.
            // The inner scan skips the first token, so it is strictly shorter and this recursion ends.
            foreach (var part in grammar.Scan(match.Start + 1, match.End))
                Add(part, text, tokens, grammar, resolution, found);
        }
    }
}
