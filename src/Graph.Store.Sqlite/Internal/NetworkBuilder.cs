using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// Breadth-first ego network on the topology cache. When the node limit cuts a layer, the strongest
/// links (most evidence, then surest, then id) get in first, so truncation is deterministic.
/// </summary>
internal static class NetworkBuilder
{
    private sealed record Shape(List<(string Id, int Distance, int Degree)> Nodes, List<NetworkEdge> Edges, bool Truncated);

    public static Network Run(Topology t, Session s, NetworkQuery q)
    {
        Shape shape;
        using (t.Read()) shape = Traverse(t, q);
        var entities = EntityReader.Load(s, shape.Nodes.Select(n => n.Id).ToList());
        var nodes = shape.Nodes.Where(n => entities.ContainsKey(n.Id))
            .Select(n => new NetworkNode(entities[n.Id], n.Distance, n.Degree)).ToList();
        var edges = shape.Edges.Where(e => entities.ContainsKey(e.Source) && entities.ContainsKey(e.Target)).ToList();
        return new Network(nodes, edges, shape.Truncated);
    }

    private static Shape Traverse(Topology t, NetworkQuery q)
    {
        var relationTypes = q.RelationTypes is { Count: > 0 } ? q.RelationTypes.Select(n => t.RelationTypes[n]).ToHashSet() : null;
        var entityTypes = q.EntityTypes is { Count: > 0 } ? q.EntityTypes.Select(n => t.EntityTypes[n]).ToHashSet() : null;
        int from = q.Period?.Earliest.DayNumber ?? 0, to = q.Period?.Latest.DayNumber ?? 0;
        bool EdgeOk(in Topology.Edge e) =>
            (relationTypes is null || relationTypes.Contains(e.Type))
            && e.Confidence >= q.MinConfidence
            && (q.IncludeRejected || e.Status != RelationStatus.Rejected)
            && (q.Period is null || !e.Dated || (e.Earliest <= to && e.Latest >= from));

        var distance = new Dictionary<int, int>();
        var order = new List<int>();
        var truncated = false;
        var frontier = new List<int>();
        foreach (var id in q.Centers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var i = t.NodeOf(id);
            if (i < 0) throw new GraphNotFoundException("entity", id);
            if (distance.Count >= q.NodeLimit) { truncated = true; break; }
            distance[i] = 0;
            order.Add(i);
            frontier.Add(i);
        }
        for (var depth = 1; depth <= q.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var reached = new Dictionary<int, (int Weight, double Confidence)>();
            foreach (var u in frontier)
                foreach (var ei in t.NodeAt(u).Edges)
                {
                    ref var e = ref t.EdgeAt(ei);
                    if (!EdgeOk(e)) continue;
                    var v = e.From == u ? e.To : e.From;
                    if (distance.ContainsKey(v) || (entityTypes is not null && !entityTypes.Contains(t.NodeAt(v).Type))) continue;
                    var link = (e.Evidence, e.Confidence);
                    if (!reached.TryGetValue(v, out var seen) || link.CompareTo(seen) > 0) reached[v] = link;
                }
            var next = reached
                .OrderByDescending(p => p.Value.Weight).ThenByDescending(p => p.Value.Confidence)
                .ThenBy(p => t.NodeAt(p.Key).Id, StringComparer.Ordinal)
                .Select(p => p.Key).ToList();
            frontier = [];
            foreach (var v in next)
            {
                if (distance.Count >= q.NodeLimit) { truncated = true; break; }
                distance[v] = depth;
                order.Add(v);
                frontier.Add(v);
            }
        }

        var edges = new List<NetworkEdge>();
        var degree = new Dictionary<int, int>();
        foreach (var u in order)
            foreach (var ei in t.NodeAt(u).Edges)
            {
                ref var e = ref t.EdgeAt(ei);
                if (e.From != u || !distance.ContainsKey(e.To) || !EdgeOk(e)) continue;
                degree[e.From] = degree.GetValueOrDefault(e.From) + 1;
                if (e.To != e.From) degree[e.To] = degree.GetValueOrDefault(e.To) + 1;
                edges.Add(new NetworkEdge(e.Id, t.NodeAt(e.From).Id, t.NodeAt(e.To).Id, t.Ontology.RelationTypes[e.Type].Name,
                    e.Evidence, e.Role, e.Date is null ? null : EdtfDate.Parse(e.Date), e.Confidence));
            }
        edges.Sort((a, b) => string.CompareOrdinal(a.RelationId, b.RelationId));
        var nodes = order
            .Select(i => (t.NodeAt(i).Id, distance[i], degree.GetValueOrDefault(i)))
            .OrderBy(n => n.Item2).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new Shape(nodes, edges, truncated);
    }
}
