using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Extraction.Pipeline;

/// <summary>
/// The document as the pipeline sees it: the text and every annotation the components have written so far.
/// Offsets are characters into <see cref="Text"/>, start inclusive, end exclusive.
/// </summary>
internal sealed class AnalyzedDocument(Document source)
{
    public Document Source { get; } = source;
    public string Text => Source.Text;
    public List<Token> Tokens { get; } = [];
    public List<Sentence> Sentences { get; } = [];
    public List<DateSpan> Dates { get; } = [];
    public List<Mention> Mentions { get; } = [];
    public List<ExtractedEvent> Events { get; } = [];
    public List<ExtractedRelation> Relations { get; } = [];

    /// <summary>Set by resolution: one entity per canonical node, mentions point at it.</summary>
    public List<ResolvedEntity> Entities { get; } = [];

    public string Slice(int start, int end) => Text[start..end];

    private readonly Dictionary<Type, object> _shared = [];

    /// <summary>
    /// Data several components derive from the same annotations (the relation matchers' stand-ins): built by the
    /// first that asks, then shared, one per type and document. Only for data whose inputs no component between the
    /// askers changes.
    /// </summary>
    public T Shared<T>(Func<AnalyzedDocument, T> build) where T : class
    {
        if (_shared.TryGetValue(typeof(T), out var made)) return (T)made;
        var value = build(this);
        _shared[typeof(T)] = value;
        return value;
    }

    /// <summary>For each token, whether a date the tagger found covers it. One pass over tokens and dates.</summary>
    public bool[] TokensInDates()
    {
        var flags = new bool[Tokens.Count];
        var d = 0;
        foreach (var t in Tokens)
        {
            while (d < Dates.Count && Dates[d].End <= t.Start) d++;
            for (var k = d; k < Dates.Count && Dates[k].Start < t.End; k++)
                if (Dates[k].End > t.Start) { flags[t.Index] = true; break; }
        }
        return flags;
    }

    /// <summary>The mentions of each sentence, in text order; rebuilt on each call since components add mentions.</summary>
    public List<Mention>[] MentionsBySentence()
    {
        var by = new List<Mention>[Sentences.Count];
        for (var i = 0; i < by.Length; i++) by[i] = [];
        foreach (var m in Mentions)
            if (m.Sentence >= 0 && m.Sentence < by.Length) by[m.Sentence].Add(m);
        return by;
    }
}

/// <summary>A token: a word, a number or one punctuation mark. <see cref="Folded"/> is its name-folded form.</summary>
internal sealed class Token
{
    public required int Index { get; init; }
    public required int Start { get; init; }
    public required int End { get; init; }
    public required string Text { get; init; }
    /// <summary>Case- and accent-folded words of the token ("Movement-200" → ["movement", "200"]); empty for punctuation.</summary>
    public required string[] Words { get; init; }
    public int Sentence { get; set; }
    /// <summary>True when a blank line or the start of the text precedes the token.</summary>
    public bool ParagraphStart { get; set; }
    public bool IsWord => Words.Length > 0;
    public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);
    public bool IsAllCaps => Text.Any(char.IsLetter) && !Text.Any(char.IsLower);
    public string Lower => Words.Length == 1 ? Words[0] : string.Join(' ', Words);
    public override string ToString() => Text;
}

internal sealed record Sentence(int Index, int Start, int End, int FirstToken, int TokenCount, int Paragraph)
{
    public int EndToken => FirstToken + TokenCount;
}

/// <summary>A date the temporal tagger found, with the sentence it lies in.</summary>
internal sealed record DateSpan(int Start, int End, int Sentence, EdtfDate Value, bool Relative);

/// <summary>A span of text that names an entity. Tokens [FirstToken, EndToken).</summary>
internal sealed class Mention
{
    public required int FirstToken { get; init; }
    public required int EndToken { get; set; }
    public required int Start { get; init; }
    public required int End { get; set; }
    public required int Sentence { get; init; }
    public required string Type { get; set; }
    /// <summary>The finer gazetteer kind (party, country...) when known.</summary>
    public string? Kind { get; set; }
    public required string Method { get; set; }
    public required double Confidence { get; set; }
    /// <summary>The gazetteer entry's canonical name when the mention matched one.</summary>
    public string? Canonical { get; set; }
    /// <summary>A short form defined beside the name ("(CVG)"), folded into the same entity.</summary>
    public string? DefinedAlias { get; set; }
    /// <summary>An earlier mention this one re-names: the expansion of an acronym, a full name for a surname.</summary>
    public Mention? Antecedent { get; set; }
    public ResolvedEntity? Entity { get; set; }
    public required string Surface { get; set; }
    public override string ToString() => $"{Surface} [{Type} {Method}]";
}

/// <summary>One node of the document's graph: a canonical name, the surface forms seen and the mentions.</summary>
internal sealed class ResolvedEntity(string type, string name)
{
    public string Type { get; set; } = type;
    public string Name { get; set; } = name;
    public string? Kind { get; set; }
    public bool FromGazetteer { get; set; }
    public string? ExternalId { get; set; }
    public SortedSet<string> Aliases { get; } = new(StringComparer.Ordinal);
    public List<Mention> Mentions { get; } = [];
    public EventDetails? Event { get; set; }
    public override string ToString() => $"{Name} [{Type}]";
}

internal sealed record ExtractedEvent(ResolvedEntity Entity, string EventType, EdtfDate? Date, Mention Trigger,
    ResolvedEntity? Place, IReadOnlyList<(ResolvedEntity Actor, string? Role)> Participants);

internal sealed record ExtractedRelation(string Type, ResolvedEntity Subject, ResolvedEntity Object, SpanRef Evidence,
    string? Role = null, EdtfDate? Date = null);
