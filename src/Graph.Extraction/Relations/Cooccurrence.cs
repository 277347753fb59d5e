using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Relations;

/// <summary>
/// Symmetric co-occurrence edges for actor networks: two entities named in one sentence. One piece of evidence
/// per shared sentence, so the edge's weight is the number of sentences. Never scored.
/// </summary>
internal sealed class Cooccurrence(Ontology ontology) : IComponent
{
    public const string Method = "cooccurrence";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Relations"];

    public void Process(AnalyzedDocument doc)
    {
        var type = ontology.CooccurrenceRelation;
        foreach (var group in doc.Mentions.Where(m => m.Entity is not null && !ontology.IsEvent(m.Entity.Type)).GroupBy(m => m.Sentence))
        {
            var entities = group.Select(m => m.Entity!).Distinct().OrderBy(e => e.Name, StringComparer.Ordinal).ToList();
            if (entities.Count < 2) continue;
            var s = doc.Sentences[group.Key];
            for (var i = 0; i < entities.Count; i++)
                for (var j = i + 1; j < entities.Count; j++)
                    doc.Relations.Add(new ExtractedRelation(type, entities[i], entities[j], new SpanRef(s.Index, s.Start, s.End, Method, 0.3)));
        }
    }
}
