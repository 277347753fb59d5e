using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// Breadth-first ego network on the topology cache, cut at the node limit while it is collected.
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
        var frontier = new List<(int Node, (int Weight, double Confidence) Link)>();
        foreach (var id in q.Centers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var i = t.NodeOf(id);
            if (i < 0) throw new GraphNotFoundException("entity", id);
            if (distance.Count >= q.NodeLimit) { truncated = true; break; }
            distance[i] = 0;
            order.Add(i);
            frontier.Add((i, (int.MaxValue, 1.0)));
        }
        // Breadth-first, and the limit is applied while collecting: once it is reached nothing more is
        // expanded (one more candidate only proves the view was truncated). Within a layer, nodes reached by
        // the strongest links are expanded first, and when one node's neighbours overflow the room left, its
        // strongest links (most evidence, then surest, then id) get in, so truncation does not depend on the
        // order edges sit in the cache.
        var candidates = new Dictionary<int, (int Weight, double Confidence)>();
        for (var depth = 1; depth <= q.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            frontier.Sort((a, b) => Stronger(t, a.Node, a.Link, b.Node, b.Link));
            var next = new List<(int, (int, double))>();
            foreach (var (u, _) in frontier)
            {
                var room = q.NodeLimit - distance.Count;
                candidates.Clear();
                foreach (var ei in t.NodeAt(u).Edges)
                {
                    ref var e = ref t.EdgeAt(ei);
                    if (!EdgeOk(e)) continue;
                    var v = e.From == u ? e.To : e.From;
                    if (distance.ContainsKey(v) || (entityTypes is not null && !entityTypes.Contains(t.NodeAt(v).Type))) continue;
                    if (room == 0) { truncated = true; break; }
                    var link = (e.Evidence, e.Confidence);
                    if (!candidates.TryGetValue(v, out var seen) || link.CompareTo(seen) > 0) candidates[v] = link;
                }
                if (truncated) break;
                var taken = candidates.Select(p => (Node: p.Key, Link: p.Value)).ToList();
                if (taken.Count > room)
                {
                    taken.Sort((a, b) => Stronger(t, a.Node, a.Link, b.Node, b.Link));
                    taken.RemoveRange(room, taken.Count - room);
                    truncated = true;
                }
                foreach (var (v, link) in taken)
                {
                    distance[v] = depth;
                    order.Add(v);
                    next.Add((v, link));
                }
                if (truncated) break;
            }
            frontier = next;
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

    /// <summary>Stronger link first: more evidence, then surer, then the node id, for a total, stable order.</summary>
    private static int Stronger(Topology t, int a, (int Weight, double Confidence) linkA, int b, (int Weight, double Confidence) linkB)
    {
        var c = linkB.CompareTo(linkA);
        return c != 0 ? c : string.CompareOrdinal(t.NodeAt(a).Id, t.NodeAt(b).Id);
    }
}
