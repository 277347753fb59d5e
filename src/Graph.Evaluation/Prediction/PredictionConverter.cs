using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Prediction;

/// <summary>Puts an extractor's output, or what a store holds about a document, into the gold format.</summary>
public static class PredictionConverter
{
    /// <summary>The prediction straight from the extractor; with <paramref name="withEvidence"/> every item carries its spans.</summary>
    public static GoldDocument FromGraph(DocumentGraph graph, Ontology? ontology = null, bool withEvidence = false)
    {
        var text = graph.Document.Text;
        var builder = new GoldBuilder(ontology ?? Ontology.Default, graph.Document.Id);
        foreach (var e in graph.Entities)
        {
            builder.AddNode(new GoldBuilder.Node(e.Id, e.Type, e.Name, e.Aliases, e.Event?.EventType, e.Event?.Date?.ToString()));
            if (e.Mentions.Count > 0) builder.AddMentioned(e.Id, e.Mentions.Select(m => Evidence(m, text)));
        }
        foreach (var r in graph.Relations)
            builder.AddEdge(new GoldBuilder.Edge(r.Type, r.SubjectId, r.ObjectId, r.Role, r.Date?.ToString(),
                r.Evidence.Select(s => Evidence(s, text)).ToArray()));
        return builder.Build(withEvidence);
    }

    /// <summary>
    /// What a store says about one document: the entities it mentions, the relations with evidence in it
    /// (whichever entity they start from) and its events. Reading back from the store is what the graph
    /// really holds after merging, so it catches losses between extraction and storage.
    /// </summary>
    public static async Task<GoldDocument> FromStoreAsync(IGraphReader reader, string documentId, Ontology? ontology = null,
        CancellationToken cancellationToken = default)
    {
        var builder = new GoldBuilder(ontology ?? Ontology.Default, documentId);
        var mentions = await reader.GetDocumentMentionsAsync(documentId, cancellationToken);
        var mentioned = mentions.Select(m => m.EntityId).Distinct().ToArray();
        var entities = new Dictionary<string, Entity>(await reader.GetEntitiesAsync(mentioned, cancellationToken), StringComparer.Ordinal);
        foreach (var id in mentioned) builder.AddMentioned(id, []);

        var relations = new Dictionary<string, Relation>(StringComparer.Ordinal);
        foreach (var id in mentioned)
        {
            string? after = null;
            do
            {
                var page = await reader.GetRelationsAsync(
                    new RelationQuery(id, Direction.Both, Page: new PageRequest(PageRequest.MaxPageSize, after)), cancellationToken);
                foreach (var r in page.Items) relations.TryAdd(r.Id, r);
                after = page.HasNextPage ? page.EndCursor : null;
            } while (after is not null);
        }

        var here = new List<Relation>();
        foreach (var r in relations.Values)
        {
            var evidence = await reader.GetEvidenceAsync(r.Id, cancellationToken);
            if (!evidence.Any(e => e.DocumentId == documentId)) continue;
            here.Add(r);
            builder.AddEdge(new GoldBuilder.Edge(r.Type, r.SubjectId, r.ObjectId, r.Role, r.Date?.ToString(), null));
        }

        // Events and places may be reached only through an edge of this document (an event nobody named directly).
        var missing = here.SelectMany(r => new[] { r.SubjectId, r.ObjectId }).Where(id => !entities.ContainsKey(id)).Distinct().ToArray();
        if (missing.Length > 0)
            foreach (var (id, e) in await reader.GetEntitiesAsync(missing, cancellationToken)) entities[id] = e;
        foreach (var e in entities.Values)
            builder.AddNode(new GoldBuilder.Node(e.Id, e.Type, e.Name, e.Aliases, e.Event?.EventType, e.Event?.Date?.ToString()));

        return builder.Build(withEvidence: false);
    }

    private static GoldEvidence Evidence(SpanRef s, string text)
    {
        var start = Math.Clamp(s.Start, 0, text.Length);
        var end = Math.Clamp(s.End, start, text.Length);
        return new GoldEvidence(s.Sentence, s.Start, s.End, text[start..end], s.Method, s.Confidence);
    }
}
