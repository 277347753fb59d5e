using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Bench.Baseline;

/// <summary>
/// The yardstick: the same graph as plain dictionaries of adjacency lists, queried by breadth-first search.
/// It is what a careful programmer would write without a database, so the store's cost is measured against
/// the work the queries inherently need rather than against nothing.
/// </summary>
internal sealed class AdjacencyGraph(Ontology ontology)
{
    internal sealed record Edge(string Id, string Type, string Subject, string Object, string? Role, EdtfDate? Date, int Evidence);

    internal readonly record struct Link(Edge Edge, string Other, bool Outgoing);

    private readonly Dictionary<string, Entity> _nodes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Edge> _edges = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Link>> _adjacency = new(StringComparer.Ordinal);
    private readonly string _containment = ontology.ContainmentRelation;
    private readonly string _participation = ontology.ParticipationRelation;
    private readonly string _eventPlace = ontology.EventPlaceRelation;

    public int NodeCount => _nodes.Count;
    public int EdgeCount => _edges.Count;

    public void Add(DocumentGraph graph)
    {
        foreach (var e in graph.Entities)
        {
            var id = e.Id;
            if (!_nodes.ContainsKey(id)) _nodes[id] = new Entity(id, e.Type, e.Name, e.Aliases, e.Description, e.Event, e.ExternalId);
        }
        foreach (var r in graph.Relations)
        {
            var def = ontology.Relation(r.Type);
            var id = GraphIds.Relation(r.Type, r.SubjectId, r.ObjectId, r.Role, def.Symmetric);
            if (_edges.TryGetValue(id, out var known))
            {
                _edges[id] = known with { Evidence = known.Evidence + r.Evidence.Count };
                continue;
            }
            var edge = new Edge(id, r.Type, r.SubjectId, r.ObjectId, r.Role, r.Date, r.Evidence.Count);
            _edges[id] = edge;
            Links(r.SubjectId).Add(new Link(edge, r.ObjectId, true));
            Links(r.ObjectId).Add(new Link(edge, r.SubjectId, false));
        }
    }

    private List<Link> Links(string id)
    {
        if (!_adjacency.TryGetValue(id, out var list)) _adjacency[id] = list = new List<Link>(4);
        return list;
    }

    private IReadOnlyList<Link> LinksOf(string id) => _adjacency.TryGetValue(id, out var list) ? list : [];

    /// <summary>Events at a place or any place inside it, by earliest date: one page and the total.</summary>
    public (IReadOnlyList<Entity> Page, int Total) TimelineAtPlace(string placeId, int first)
    {
        var places = new HashSet<string>(StringComparer.Ordinal) { placeId };
        var frontier = new Queue<string>([placeId]);
        while (frontier.Count > 0)
            foreach (var link in LinksOf(frontier.Dequeue()))
                if (!link.Outgoing && link.Edge.Type == _containment && places.Add(link.Other)) frontier.Enqueue(link.Other);
        var events = new List<Entity>();
        foreach (var place in places)
            foreach (var link in LinksOf(place))
                if (!link.Outgoing && link.Edge.Type == _eventPlace) events.Add(_nodes[link.Other]);
        return Page(events, first);
    }

    /// <summary>Events an actor took part in, by earliest date: one page and the total.</summary>
    public (IReadOnlyList<Entity> Page, int Total) TimelineOfParticipant(string actorId, int first)
    {
        var events = new List<Entity>();
        foreach (var link in LinksOf(actorId))
            if (link.Outgoing && link.Edge.Type == _participation) events.Add(_nodes[link.Other]);
        return Page(events, first);
    }

    private static (IReadOnlyList<Entity>, int) Page(List<Entity> events, int first)
    {
        events.Sort(static (a, b) =>
        {
            var (x, y) = (a.Event?.Date, b.Event?.Date);
            var c = x is null ? (y is null ? 0 : 1) : y is null ? -1 : x.CompareTo(y);
            return c != 0 ? c : string.CompareOrdinal(a.Id, b.Id);
        });
        return (events.Take(first).ToArray(), events.Count);
    }

    /// <summary>Breadth-first ego network: nodes in order of distance up to the limit, and the edges among them.</summary>
    public (IReadOnlyList<(Entity Node, int Distance, int Degree)> Nodes, IReadOnlyList<Edge> Edges, bool Truncated) Network(string center, int depth, int nodeLimit)
    {
        var distance = new Dictionary<string, int>(StringComparer.Ordinal) { [center] = 0 };
        var order = new List<string> { center };
        var truncated = false;
        for (var i = 0; i < order.Count && !truncated; i++)
        {
            var d = distance[order[i]];
            if (d == depth) break;
            foreach (var link in LinksOf(order[i]))
            {
                if (distance.ContainsKey(link.Other)) continue;
                if (order.Count == nodeLimit) { truncated = true; break; }
                distance[link.Other] = d + 1;
                order.Add(link.Other);
            }
        }
        var edges = new List<Edge>();
        foreach (var id in order)
            foreach (var link in LinksOf(id))
                // Each edge once, from its subject's side.
                if (link.Outgoing && distance.ContainsKey(link.Other)) edges.Add(link.Edge);
        var nodes = order.Select(id => (_nodes[id], distance[id], LinksOf(id).Count)).ToArray();
        return (nodes, edges, truncated);
    }

    /// <summary>One shortest path up to <paramref name="maxLength"/> edges, in either direction, by bidirectional BFS.</summary>
    public IReadOnlyList<string>? ShortestPath(string from, string to, int maxLength)
    {
        if (from == to) return [from];
        var parentA = new Dictionary<string, string?>(StringComparer.Ordinal) { [from] = null };
        var parentB = new Dictionary<string, string?>(StringComparer.Ordinal) { [to] = null };
        List<string> frontierA = [from], frontierB = [to];
        for (var length = 0; length < maxLength && frontierA.Count > 0 && frontierB.Count > 0; length++)
        {
            // Grow the smaller side: the hubs of a power-law graph make one side explode.
            var growA = LinkCount(frontierA) <= LinkCount(frontierB);
            var (frontier, parents, others) = growA ? (frontierA, parentA, parentB) : (frontierB, parentB, parentA);
            var next = new List<string>();
            foreach (var node in frontier)
                foreach (var link in LinksOf(node))
                {
                    if (parents.ContainsKey(link.Other)) continue;
                    parents[link.Other] = node;
                    if (others.ContainsKey(link.Other)) return Join(link.Other, parentA, parentB);
                    next.Add(link.Other);
                }
            if (growA) frontierA = next; else frontierB = next;
        }
        return null;
    }

    private long LinkCount(List<string> frontier)
    {
        long count = 0;
        foreach (var n in frontier) count += LinksOf(n).Count;
        return count;
    }

    private static List<string> Join(string meet, Dictionary<string, string?> parentA, Dictionary<string, string?> parentB)
    {
        var path = new List<string>();
        for (var n = meet; n is not null; n = parentA[n]) path.Add(n);
        path.Reverse();
        for (var n = parentB[meet]; n is not null; n = parentB[n]) path.Add(n);
        return path;
    }

    /// <summary>An endpoint of a random edge (of a type, on a side): entities come up in proportion to their degree.</summary>
    public string RandomEndpoint(Random random, string? relationType = null, bool? subject = null)
    {
        var key = relationType ?? "";
        if (!_edgesByType.TryGetValue(key, out var edges))
            _edgesByType[key] = edges = _edges.Values.Where(e => relationType is null || e.Type == relationType).ToArray();
        if (edges.Length == 0)
            throw new InvalidOperationException($"The graph has no {relationType ?? "any"} relation to draw benchmark inputs from; generate a larger graph.");
        var edge = edges[random.Next(edges.Length)];
        return (subject ?? random.Next(2) == 0) ? edge.Subject : edge.Object;
    }

    private readonly Dictionary<string, Edge[]> _edgesByType = new(StringComparer.Ordinal);

    public Entity Node(string id) => _nodes[id];
}
