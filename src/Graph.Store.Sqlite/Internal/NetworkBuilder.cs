using System.Runtime.InteropServices;
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
    private sealed record Shape(List<(string Id, int Index, int Distance, int Degree)> Nodes, List<NetworkEdge> Edges, bool Truncated);

    public static Network Run(Topology t, Session s, NetworkQuery q)
    {
        Shape shape;
        long version;
        var entities = new Dictionary<string, Entity>(StringComparer.Ordinal);
        var missing = new List<string>();
        using (t.Read())
        {
            shape = Traverse(t, q);
            version = t.Version;
            // Reading 200 entities from SQL was half of a network's time; those read before are kept on their nodes.
            foreach (var n in shape.Nodes)
            {
                if (t.NodeAt(n.Index).Entity is { } known) entities[n.Id] = known;
                else missing.Add(n.Id);
            }
        }
        if (missing.Count > 0)
        {
            var read = EntityReader.Load(s, missing);
            using (t.Read())
                foreach (var n in shape.Nodes)
                    if (read.TryGetValue(n.Id, out var e))
                    {
                        entities[n.Id] = e;
                        t.Remember(n.Index, e, version);
                    }
        }
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
        var reached = Reached.For(t.NodeCapacity);
        var order = new List<int>();
        var truncated = false;
        var frontier = new List<(int Node, (int Weight, double Confidence) Link)>();
        foreach (var id in q.Centers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var i = t.NodeOf(id);
            if (i < 0) throw new GraphNotFoundException("entity", id);
            if (distance.Count >= q.NodeLimit) { truncated = true; break; }
            distance[i] = 0;
            reached.Add(i);
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
                ref var node = ref t.NodeAt(u);
                for (var k = 0; k < node.Edges.Count; k++)
                {
                    var v = node.Neighbors[k];
                    if (reached.Contains(v)) continue;
                    ref var e = ref t.EdgeAt(node.Edges[k]);
                    if (!EdgeOk(e) || (entityTypes is not null && !entityTypes.Contains(t.NodeAt(v).Type))) continue;
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
                    reached.Add(v);
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
        {
            ref var node = ref t.NodeAt(u);
            var neighbours = CollectionsMarshal.AsSpan(node.Neighbors);
            for (var k = 0; k < neighbours.Length; k++)
            {
                // Most neighbours of a node are outside the network: they are skipped without reading their edge.
                if (!reached.Contains(neighbours[k])) continue;
                var ei = node.Edges[k];
                ref var e = ref t.EdgeAt(ei);
                if (e.From != u || !EdgeOk(e)) continue;
                degree[e.From] = degree.GetValueOrDefault(e.From) + 1;
                if (e.To != e.From) degree[e.To] = degree.GetValueOrDefault(e.To) + 1;
                edges.Add(new NetworkEdge(e.Id, t.NodeAt(e.From).Id, t.NodeAt(e.To).Id, t.Ontology.RelationTypes[e.Type].Name,
                    e.Evidence, e.Role, t.DateOf(ei), e.Confidence));
            }
        }
        edges.Sort((a, b) => string.CompareOrdinal(a.RelationId, b.RelationId));
        var nodes = order
            .Select(i => (t.NodeAt(i).Id, Index: i, Distance: distance[i], Degree: degree.GetValueOrDefault(i)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Id, StringComparer.Ordinal)
            .ToList();
        return new Shape(nodes, edges, truncated);
    }

    /// <summary>
    /// The nodes one traversal has reached, as a bitmap kept per thread: a test is one read in ~14 KB for 110,000
    /// nodes, which stays in the core's cache, where a dictionary lookup cost ~50 ns times the ~9,000 adjacency
    /// entries a 2-hop network of 200 nodes scans. The bits set last time are cleared at the next use.
    /// </summary>
    private sealed class Reached
    {
        [ThreadStatic] private static Reached? t_current;
        private ulong[] _bits = [];
        private readonly List<int> _set = [];

        public static Reached For(int nodeCapacity)
        {
            var r = t_current ??= new Reached();
            var words = (nodeCapacity + 63) >> 6;
            if (r._bits.Length < words) r._bits = new ulong[words];
            else foreach (var node in r._set) r._bits[node >> 6] = 0;
            r._set.Clear();
            return r;
        }

        public void Add(int node)
        {
            _bits[node >> 6] |= 1UL << (node & 63);
            _set.Add(node);
        }

        public bool Contains(int node) => (_bits[node >> 6] & (1UL << (node & 63))) != 0;
    }

    /// <summary>Stronger link first: more evidence, then surer, then the node id, for a total, stable order.</summary>
    private static int Stronger(Topology t, int a, (int Weight, double Confidence) linkA, int b, (int Weight, double Confidence) linkB)
    {
        var c = linkB.CompareTo(linkA);
        return c != 0 ? c : string.CompareOrdinal(t.NodeAt(a).Id, t.NodeAt(b).Id);
    }
}
