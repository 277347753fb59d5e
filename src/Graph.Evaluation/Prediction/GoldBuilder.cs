using Graph.Core.Identity;
using Graph.Core.Schema;
using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Prediction;

/// <summary>
/// Turns what an extractor or a store says about one document into the gold format, the same way for both:
/// entities are those mentioned in the document, relations those the ontology scores, and events carry the
/// place and participants that the graph keeps as edges.
/// </summary>
internal sealed class GoldBuilder(Ontology ontology, string documentId)
{
    internal sealed record Node(string Id, string Type, string Name, IEnumerable<string> Aliases, string? EventType, string? Date);

    internal sealed record Edge(string Type, string SubjectId, string ObjectId, string? Role, string? Date, IReadOnlyList<GoldEvidence>? Evidence);

    private readonly Dictionary<string, Node> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<GoldEvidence>> _mentions = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Edge> _edges = new(StringComparer.Ordinal);

    public void AddNode(Node node)
    {
        if (_nodes.TryGetValue(node.Id, out var seen))
            node = seen with { Aliases = seen.Aliases.Concat(node.Aliases).ToArray() };
        _nodes[node.Id] = node;
    }

    /// <summary>Only entities with a mention here are scored, as the contract says; <paramref name="evidence"/> may be empty.</summary>
    public void AddMentioned(string entityId, IEnumerable<GoldEvidence> evidence)
    {
        if (!_mentions.TryGetValue(entityId, out var list)) _mentions[entityId] = list = [];
        list.AddRange(evidence);
    }

    public void AddEdge(Edge edge)
    {
        var def = ontology.TryRelation(edge.Type);
        var key = GraphIds.Relation(edge.Type, edge.SubjectId, edge.ObjectId, edge.Role, def?.Symmetric ?? false);
        if (_edges.TryGetValue(key, out var seen) && seen.Evidence is not null && edge.Evidence is not null)
            edge = seen with { Evidence = seen.Evidence.Concat(edge.Evidence).ToArray() };
        _edges[key] = edge;
    }

    public GoldDocument Build(bool withEvidence)
    {
        IReadOnlyList<GoldEvidence>? Ev(IReadOnlyList<GoldEvidence>? e) => withEvidence ? e ?? [] : null;

        var entities = _nodes.Values
            .Where(n => !ontology.IsEvent(n.Type) && _mentions.ContainsKey(n.Id))
            .Select(n => new GoldEntity(n.Name, n.Type, DistinctAliases(n), Ev(_mentions[n.Id])))
            .ToArray();

        var relations = _edges.Values
            .Where(e => ontology.TryRelation(e.Type)?.Scored == true && _nodes.ContainsKey(e.SubjectId) && _nodes.ContainsKey(e.ObjectId))
            .Select(e => new GoldRelation(_nodes[e.SubjectId].Name, e.Type, _nodes[e.ObjectId].Name, e.Role, e.Date, Ev(e.Evidence)))
            .ToArray();

        var placeType = ontology.EventPlaceRelation;
        var participationType = ontology.ParticipationRelation;
        var events = _nodes.Values
            .Where(n => ontology.IsEvent(n.Type) && n.EventType is not null)
            .Select(n => new GoldEvent(
                n.EventType!,
                n.Name,
                n.Date,
                _edges.Values.Where(e => e.Type == placeType && e.SubjectId == n.Id && _nodes.ContainsKey(e.ObjectId))
                    .Select(e => _nodes[e.ObjectId].Name).FirstOrDefault(),
                _edges.Values.Where(e => e.Type == participationType && e.ObjectId == n.Id && _nodes.ContainsKey(e.SubjectId))
                    .Select(e => _nodes[e.SubjectId].Name).Distinct().ToArray(),
                Ev(_mentions.GetValueOrDefault(n.Id))))
            .ToArray();

        return new GoldDocument(documentId, entities, relations, events);
    }

    private static string[] DistinctAliases(Node n)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { n.Name };
        return n.Aliases.Where(seen.Add).ToArray();
    }
}
