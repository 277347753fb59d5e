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
internal sealed class OfficeCues(IReadOnlyDictionary<(string Relation, string Role), (PhraseTrie<bool> Words, PhraseTrie<bool> Blocked)> cues, IReadOnlySet<string> defeatVerbs)
{
    public const string File = "relations/office-cues.tsv";
    private const string AnyRole = "*";

    public static OfficeCues Load(KnowledgeSource source, Ontology ontology, IReadOnlySet<string> defeatVerbs)
    {
        var text = source.Read(File)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(File)} is missing; restore it or rebuild Graph.Extraction.");
        var map = new Dictionary<(string, string), (PhraseTrie<bool>, PhraseTrie<bool>)>();
        foreach (var r in Tsv.Read(text, source.Describe(File)))
        {
            var relation = r.Required("relation");
            if (ontology.TryRelation(relation) is null)
                throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var key = (relation, r.Required("role"));
            var phrases = r.Required("cues").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            // "!led by": a phrase that holds a cue word but speaks of something else the holder led (a coup, a march).
            var words = new PhraseTrie<bool>();
            var blocked = new PhraseTrie<bool>();
            foreach (var p in phrases)
                if (p.StartsWith('!')) blocked.Add(p[1..], true);
                else words.Add(p, true);
            if (!map.TryAdd(key, (words, blocked)))
                throw new KnowledgeFormatException($"{r.Where}: {relation} with role '{key.Item2}' is listed twice; keep one line per relation and role.");
        }
        return new OfficeCues(map, defeatVerbs);
    }

    /// <summary>A mention right after "against", "over" or a defeat verb (lexicon/word-classes.tsv) names the one who lost, not the one who took office.</summary>
    private bool Opposed(AnalyzedDocument doc, Mention m) =>
        m.FirstToken > 0 && doc.Tokens[m.FirstToken - 1].Lower is var before && (before is "against" or "over" || defeatVerbs.Contains(before));

    /// <summary>Whether a fact of this relation and role needs an office word at all (relations the file does not list never do).</summary>
    private (PhraseTrie<bool> Words, PhraseTrie<bool> Blocked)? For(string relation, string? role) =>
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
                if (words.AnyAt(doc.Tokens, t, s.EndToken) && !blocked.AnyAt(doc.Tokens, t, s.EndToken)) return true;
        }
        return false;
    }
}
