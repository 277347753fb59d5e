using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// The ego network, breadth first: one Cypher expansion per layer (filters applied in Neo4j, the strongest link
/// to each new node chosen there), the node limit applied here in the SQLite store's order — most evidence, then
/// surest, then id — so that truncation is the same on both stores. Then every qualifying edge between the nodes.
/// </summary>
internal sealed class Network(Vocabulary vocabulary, Reads reads)
{
    public async Task<Graph.Core.Store.Network> RunAsync(Run run, NetworkQuery q)
    {
        var centers = q.Centers.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        await reads.MustExistAsync(run, centers);
        var filters = P.Of(("minConfidence", q.MinConfidence), ("includeRejected", q.IncludeRejected),
            ("periodFrom", Values.Earliest(q.Period)), ("periodTo", Values.Latest(q.Period)));
        var edgeFilter = """
            r.confidence >= $minConfidence AND ($includeRejected OR r.status <> 'Rejected')
              AND ($periodFrom IS NULL OR r.dateEarliest IS NULL OR (r.dateEarliest <= $periodTo AND r.dateLatest >= $periodFrom))
            """;
        var types = vocabulary.RelTypes(q.RelationTypes);
        var entityTypes = q.EntityTypes is { Count: > 0 } ? q.EntityTypes.Distinct().Order(StringComparer.Ordinal).ToList() : null;

        var distance = new Dictionary<string, int>(StringComparer.Ordinal);
        var order = new List<string>();
        var truncated = false;
        var frontier = new List<string>();
        foreach (var id in centers)
        {
            if (distance.Count >= q.NodeLimit) { truncated = true; break; }
            distance[id] = 0;
            order.Add(id);
            frontier.Add(id);
        }
        for (var depth = 1; depth <= q.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var parameters = new Dictionary<string, object?>(filters) { ["frontier"] = frontier, ["visited"] = order, ["entityTypes"] = entityTypes };
            var layer = await run(new Statement($"expand the network to depth {depth}", $$"""
                UNWIND $frontier AS fromId
                MATCH (:Entity {id: fromId})-[r:{{types}}]-(v:Entity)
                WHERE {{edgeFilter}}
                  AND NOT v.id IN $visited AND ($entityTypes IS NULL OR v.type IN $entityTypes)
                WITH v, r ORDER BY r.evidenceCount DESC, r.confidence DESC
                WITH v, head(collect([r.evidenceCount, r.confidence])) AS best
                RETURN v.id AS id, best[0] AS weight, best[1] AS confidence
                """, parameters));
            var next = layer.Rows
                .Select(r => (Id: r.String("id"), Weight: r.Long("weight"), Confidence: r.Double("confidence")))
                .Where(x => !distance.ContainsKey(x.Id))
                .OrderByDescending(x => x.Weight).ThenByDescending(x => x.Confidence).ThenBy(x => x.Id, StringComparer.Ordinal)
                .ToList();
            frontier = [];
            foreach (var (id, _, _) in next)
            {
                if (distance.Count >= q.NodeLimit) { truncated = true; break; }
                distance[id] = depth;
                order.Add(id);
                frontier.Add(id);
            }
        }

        var edgeRows = await run(new Statement("read the network's edges", $$"""
            UNWIND $ids AS fromId
            MATCH (:Entity {id: fromId})-[r:{{types}}]->(v:Entity)
            WHERE v.id IN $ids AND {{edgeFilter}}
            RETURN {{Vocabulary.RelationMap("r")}} AS relation
            """, new Dictionary<string, object?>(filters) { ["ids"] = order }));
        var edges = edgeRows.Rows.Select(r => Values.Relation(r.Map("relation")))
            .Select(r => new NetworkEdge(r.Id, r.SubjectId, r.ObjectId, r.Type, r.EvidenceCount, r.Role, r.Date, r.Confidence))
            .OrderBy(e => e.RelationId, StringComparer.Ordinal)
            .ToList();
        var degree = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in edges)
        {
            degree[e.Source] = degree.GetValueOrDefault(e.Source) + 1;
            if (e.Target != e.Source) degree[e.Target] = degree.GetValueOrDefault(e.Target) + 1;
        }
        var entities = await reads.EntitiesAsync(run, order);
        var nodes = order.Where(entities.ContainsKey)
            .Select(id => new NetworkNode(entities[id], distance[id], degree.GetValueOrDefault(id)))
            .OrderBy(n => n.Distance).ThenBy(n => n.Entity.Id, StringComparer.Ordinal)
            .ToList();
        var kept = edges.Where(e => entities.ContainsKey(e.Source) && entities.ContainsKey(e.Target)).ToList();
        return new Graph.Core.Store.Network(nodes, kept, truncated);
    }
}
