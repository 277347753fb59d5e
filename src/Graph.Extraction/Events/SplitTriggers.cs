using Graph.Core.Schema;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

/// <summary>
/// Triggers whose words stand apart with the thing acted on between them: "made Bolsa Escola national", "took
/// Honduras into ALBA". One row of events/split-triggers.tsv: verbs, the word that closes the phrase, how many
/// tokens may stand between (at least one: "made national headlines" tells nothing), and optionally the entity type
/// that must follow the closing word ("into" an Organization, not "into account").
/// </summary>
internal sealed record SplitTrigger(string EventType, string Last, int MaxGap, string? ThenType, string Phrase);

internal sealed class SplitTriggers
{
    public const string File = "events/split-triggers.tsv";

    private readonly Dictionary<string, List<SplitTrigger>> _byVerb = new(StringComparer.Ordinal);

    public static SplitTriggers Load(KnowledgeSource source, Ontology ontology)
    {
        var text = source.Read(File)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(File)} is missing; restore it or rebuild Graph.Extraction.");
        var result = new SplitTriggers();
        foreach (var r in Tsv.Read(text, source.Describe(File)))
        {
            var type = r.Required("event_type");
            if (!ontology.EventTypes.Contains(type))
                throw new KnowledgeFormatException($"{r.Where}: event type '{type}' is unknown; use one of {ontology.KnownEventTypes}.");
            var gap = (int)r.Number("max_gap", 4);
            if (gap < 1) throw new KnowledgeFormatException($"{r.Where}: max_gap is {gap}; write a whole number of at least 1.");
            var then = r.Get("then_type");
            if (then.Length > 0 && !ontology.IsEntityType(then))
                throw new KnowledgeFormatException($"{r.Where}: then_type '{then}' is unknown; use {ontology.KnownEntityTypes} or leave it empty.");
            var last = Fold.Name(r.Required("last"));
            foreach (var verb in r.Required("verbs").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                var key = Fold.Name(verb);
                if (!result._byVerb.TryGetValue(key, out var list)) result._byVerb[key] = list = [];
                list.Add(new SplitTrigger(type, last, gap, then.Length > 0 ? then : null, $"{key} {last}"));
            }
        }
        return result;
    }

    /// <summary>The split trigger that starts at token <paramref name="t"/>; null when none does.</summary>
    public SplitTrigger? MatchAt(List<Token> tokens, int t, int sentenceEnd, Mention?[] owner)
    {
        if (!_byVerb.TryGetValue(tokens[t].Lower, out var candidates)) return null;
        foreach (var c in candidates)
        {
            for (var k = t + 2; k < sentenceEnd && k <= t + 1 + c.MaxGap; k++)
            {
                // The thing acted on is a short noun phrase: punctuation ends it.
                if (!tokens[k - 1].IsWord) break;
                if (tokens[k].Lower != c.Last || owner[k] is not null) continue;
                if (c.ThenType is null || Follows(tokens, k + 1, sentenceEnd, owner, c.ThenType)) return c;
            }
        }
        return null;
    }

    private static bool Follows(List<Token> tokens, int at, int sentenceEnd, Mention?[] owner, string type)
    {
        if (at < sentenceEnd && tokens[at].Lower == "the") at++;
        return at < sentenceEnd && owner[at] is { } m && m.FirstToken == at && m.Type == type;
    }
}
