using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// The k shortest simple paths, relations taken in either direction. A breadth-first pass from the target
/// gives every node's distance to it; a depth-first walk from the source then enumerates paths of the
/// shortest length, then the next, pruned to nodes that can still reach the target in the steps left.
/// Neighbours are visited in id order, so the paths of one length come out in a stable order.
/// </summary>
internal static class PathFinder
{
    // Bounds the enumeration on dense graphs where longer lengths hold few paths among very many walks.
    private const int MaxExpansions = 2_000_000;

    public static IReadOnlyList<GraphPath> Run(Topology t, Session s, PathQuery q)
    {
        List<(List<string> Nodes, List<string> Edges)> found;
        using (t.Read()) found = Find(t, q);
        if (found.Count == 0) return [];
        var relations = Reader.RelationsById(s, found.SelectMany(p => p.Edges).Distinct())
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        return found
            .Where(p => p.Edges.All(relations.ContainsKey))
            .Select(p => new GraphPath(p.Nodes, p.Edges.Select(id => relations[id]).ToList()))
            .ToList();
    }

    private static List<(List<string>, List<string>)> Find(Topology t, PathQuery q)
    {
        int source = t.NodeOf(q.FromId), target = t.NodeOf(q.ToId);
        if (source < 0) throw new GraphNotFoundException("entity", q.FromId);
        if (target < 0) throw new GraphNotFoundException("entity", q.ToId);
        var results = new List<(List<string>, List<string>)>();
        if (source == target) return results;
        var relationTypes = q.RelationTypes is { Count: > 0 } ? q.RelationTypes.Select(n => t.RelationTypes[n]).ToHashSet() : null;
        var entityTypes = q.EntityTypes is { Count: > 0 } ? q.EntityTypes.Select(n => t.EntityTypes[n]).ToHashSet() : null;
        bool EdgeOk(in Topology.Edge e) =>
            e.Status != RelationStatus.Rejected && (relationTypes is null || relationTypes.Contains(e.Type));
        // The entity type filter is about the nodes a path goes through; its two ends are given.
        bool Passable(int v) => v == source || v == target || entityTypes is null || entityTypes.Contains(t.NodeAt(v).Type);

        var toTarget = DistancesTo(t, target, q.MaxLength, EdgeOk, Passable);
        if (!toTarget.TryGetValue(source, out var shortest)) return results;

        var nodes = new List<int> { source };
        var edges = new List<int>();
        var onPath = new HashSet<int> { source };
        var expansions = 0;
        for (var length = shortest; length <= q.MaxLength && results.Count < q.First && expansions < MaxExpansions; length++)
            Walk(source, length);
        return results;

        void Walk(int u, int length)
        {
            if (u == target)
            {
                if (edges.Count == length)
                    results.Add((nodes.Select(i => t.NodeAt(i).Id).ToList(), edges.Select(i => t.EdgeAt(i).Id).ToList()));
                return;
            }
            var left = length - edges.Count - 1;
            var steps = new List<(int Edge, int Node)>();
            foreach (var ei in t.NodeAt(u).Edges)
            {
                ref var e = ref t.EdgeAt(ei);
                if (!EdgeOk(e)) continue;
                var v = e.From == u ? e.To : e.From;
                if (onPath.Contains(v) || !Passable(v) || !toTarget.TryGetValue(v, out var d) || d > left) continue;
                steps.Add((ei, v));
            }
            steps.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(t.NodeAt(a.Node).Id, t.NodeAt(b.Node).Id);
                return c != 0 ? c : string.CompareOrdinal(t.EdgeAt(a.Edge).Id, t.EdgeAt(b.Edge).Id);
            });
            foreach (var (ei, v) in steps)
            {
                if (results.Count >= q.First || ++expansions > MaxExpansions) return;
                nodes.Add(v); edges.Add(ei); onPath.Add(v);
                Walk(v, length);
                nodes.RemoveAt(nodes.Count - 1); edges.RemoveAt(edges.Count - 1); onPath.Remove(v);
            }
        }
    }

    private delegate bool EdgeFilter(in Topology.Edge e);

    private static Dictionary<int, int> DistancesTo(Topology t, int target, int maxLength, EdgeFilter edgeOk, Func<int, bool> passable)
    {
        var distance = new Dictionary<int, int> { [target] = 0 };
        var frontier = new List<int> { target };
        for (var d = 1; d <= maxLength && frontier.Count > 0; d++)
        {
            var next = new List<int>();
            foreach (var u in frontier)
            {
                // Paths pass through intermediate nodes only if their type is allowed; the target is where they end.
                if (u != target && !passable(u)) continue;
                foreach (var ei in t.NodeAt(u).Edges)
                {
                    ref var e = ref t.EdgeAt(ei);
                    if (!edgeOk(e)) continue;
                    var v = e.From == u ? e.To : e.From;
                    if (distance.TryAdd(v, d)) next.Add(v);
                }
            }
            frontier = next;
        }
        return distance;
    }
}
