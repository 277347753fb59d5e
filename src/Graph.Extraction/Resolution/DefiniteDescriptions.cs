using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Resolution;

/// <summary>
/// "the union", "the company": a definite description refers to the one entity of its kind named before it,
/// when there is exactly one. The mention joins that entity (so relations and co-occurrence see it) but the
/// common noun is not added to its aliases: it is no name. Nouns and kinds live in lexicon/definite-descriptions.tsv.
/// </summary>
internal sealed class DefiniteDescriptions(KnowledgeBase kb) : IComponent
{
    public const string Method = "coreference";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Mentions", "Mention.Entity"];

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var owned = new bool[tokens.Count];
        foreach (var m in doc.Mentions) for (var t = m.FirstToken; t < m.EndToken; t++) owned[t] = true;
        var added = new List<Mention>();
        for (var t = 1; t < tokens.Count; t++)
        {
            if (owned[t] || tokens[t - 1].Lower != "the" || !char.IsLower(tokens[t].Text[0])) continue;
            if (!kb.DefiniteNouns.TryGetValue(tokens[t].Lower, out var noun)) continue;
            var start = tokens[t].Start;
            var candidates = doc.Entities
                .Where(e => e.Type == noun.Type && (noun.Kinds.Count == 0 || e.Kind is not null && noun.Kinds.Contains(e.Kind))
                    && e.Mentions.Any(m => m.End <= start && m.Method != Method))
                .ToList();
            if (candidates.Count != 1) continue;
            var mention = new Mention
            {
                FirstToken = t, EndToken = t + 1, Start = start, End = tokens[t].End, Sentence = tokens[t].Sentence,
                Type = noun.Type, Method = $"{Method}:the-{tokens[t].Lower}", Confidence = 0.5, Surface = tokens[t].Text, Entity = candidates[0],
            };
            candidates[0].Mentions.Add(mention);
            added.Add(mention);
        }
        doc.Mentions.AddRange(added);
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }
}
