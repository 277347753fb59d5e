using Graph.Core.Schema;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Relations;

/// <summary>
/// Words that show a text speaks of an office (relations/office-cues.tsv). A leadership the gazetteer knows is stated
/// by a text only when the text says something of the office near its holder: a chronology that names a former
/// president as a party leader or a runner-up does not say he was president, and a gold annotator records only
/// what the text says.
/// </summary>
internal sealed class OfficeCues(IReadOnlyDictionary<(string Relation, string Role), (PhraseSet Words, PhraseSet Blocked)> cues)
{
    public const string File = "relations/office-cues.tsv";
    private const string AnyRole = "*";

    public static OfficeCues Load(KnowledgeSource source, Ontology ontology)
    {
        var text = source.Read(File)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(File)} is missing; restore it or rebuild Graph.Extraction.");
        var map = new Dictionary<(string, string), (PhraseSet, PhraseSet)>();
        foreach (var r in Tsv.Read(text, source.Describe(File)))
        {
            var relation = r.Required("relation");
            if (ontology.TryRelation(relation) is null)
                throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var key = (relation, r.Required("role"));
            var phrases = r.Required("cues").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // "!led by": a phrase that holds a cue word but speaks of something else the holder led (a coup, a march).
            var words = new PhraseSet(phrases.Where(p => !p.StartsWith('!')));
            var blocked = new PhraseSet(phrases.Where(p => p.StartsWith('!')).Select(p => p[1..]));
            if (!map.TryAdd(key, (words, blocked)))
                throw new KnowledgeFormatException($"{r.Where}: {relation} with role '{key.Item2}' is listed twice; keep one line per relation and role.");
        }
        return new OfficeCues(map);
    }

    private static readonly HashSet<string> OpponentMarkers = new(StringComparer.Ordinal) { "against", "defeated", "defeating", "beat", "beating", "over" };

    /// <summary>A mention right after "against" or "defeated" names the one who lost, not the one who took office.</summary>
    private static bool Opposed(AnalyzedDocument doc, Mention m) =>
        m.FirstToken > 0 && OpponentMarkers.Contains(doc.Tokens[m.FirstToken - 1].Lower);

    /// <summary>Whether a fact of this relation and role needs an office word at all (relations the file does not list never do).</summary>
    private (PhraseSet Words, PhraseSet Blocked)? For(string relation, string? role) =>
        cues.TryGetValue((relation, role ?? AnyRole), out var set) || cues.TryGetValue((relation, AnyRole), out set) ? set : null;

    /// <summary>A sentence naming the subject holds a word of the fact's office, or the relation needs none.</summary>
    public bool Stated(AnalyzedDocument doc, string relation, string? role, ResolvedEntity subject)
    {
        if (For(relation, role) is not { } found) return true;
        var (words, blocked) = found;
        // "won the runoff against a rival": the office words of that sentence belong to the winner, not to his opponent.
        foreach (var sentence in subject.Mentions.Where(m => !Opposed(doc, m)).Select(m => m.Sentence).Distinct())
        {
            var s = doc.Sentences[sentence];
            for (var t = s.FirstToken; t < s.EndToken; t++)
                if (words.StartsAt(doc.Tokens, t, s.EndToken) && !blocked.StartsAt(doc.Tokens, t, s.EndToken)) return true;
        }
        return false;
    }
}

/// <summary>Lower-case words and short phrases, matched token by token.</summary>
internal sealed class PhraseSet(IEnumerable<string> phrases)
{
    private readonly string[][] _phrases = phrases.Select(p => p.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
    private readonly HashSet<string> _first = phrases.Select(p => p.ToLowerInvariant().Split(' ')[0]).ToHashSet(StringComparer.Ordinal);

    public bool StartsAt(IReadOnlyList<Token> tokens, int at, int end)
    {
        if (!_first.Contains(tokens[at].Lower)) return false;
        foreach (var p in _phrases)
        {
            if (at + p.Length > end) continue;
            var ok = true;
            for (var k = 0; k < p.Length && ok; k++) ok = tokens[at + k].Lower == p[k];
            if (ok) return true;
        }
        return false;
    }
}
