using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// The k shortest simple paths, relations taken in either direction, rejected ones skipped, intermediate nodes of
/// the asked types. shortestPath finds the shortest length; then each length up to the maximum is enumerated
/// with a bounded expansion (*L..L, L an inlined, validated integer: bounds cannot be parameters) until k paths
/// are found. Paths of one length come in the SQLite store's order: by the sequence of (node id, relation id) steps,
/// compared as one string whose separator (a space) sorts below every character an id can hold.
/// </summary>
internal sealed class Paths(Vocabulary vocabulary, Reads reads)
{
    public async Task<IReadOnlyList<GraphPath>> RunAsync(Run run, PathQuery q)
    {
        await reads.MustExistAsync(run, [q.FromId, q.ToId]);
        if (q.FromId == q.ToId) return [];
        var max = Vocabulary.Bound(q.MaxLength, 1, PathQuery.MaxPathLength, "Path length");
        var types = vocabulary.RelTypes(q.RelationTypes);
        var parameters = P.Of(("fromId", q.FromId), ("toId", q.ToId),
            ("entityTypes", q.EntityTypes is { Count: > 0 } ? q.EntityTypes.Distinct().Order(StringComparer.Ordinal).ToList() : null));
        const string passable = """
            all(r IN rels WHERE r.status <> 'Rejected')
              AND all(n IN nodes(p)[1..-1] WHERE $entityTypes IS NULL OR n.type IN $entityTypes)
            """;
        var shortest = await run(new Statement("find the shortest path length", $$"""
            MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
            MATCH p = shortestPath((a)-[rels:{{types}}*1..{{max}}]-(b))
            WHERE {{passable}}
            RETURN length(p) AS length
            """, parameters));
        if (shortest.Rows.Count == 0) return [];

        var found = new List<GraphPath>();
        for (var length = (int)shortest.Rows[0].Long("length"); length <= q.MaxLength && found.Count < q.First; length++)
        {
            var l = Vocabulary.Bound(length, 1, PathQuery.MaxPathLength, "Path length");
            var result = await run(new Statement($"enumerate paths of length {length}", $$"""
                MATCH (a:Entity {id: $fromId}), (b:Entity {id: $toId})
                MATCH p = (a)-[rels:{{types}}*{{l}}..{{l}}]-(b)
                WHERE {{passable}}
                  AND all(i IN range(0, size(nodes(p)) - 2) WHERE NOT nodes(p)[i] IN nodes(p)[i + 1..])
                WITH p, rels, reduce(key = '', i IN range(1, size(rels)) | key + nodes(p)[i].id + ' ' + rels[i - 1].id + ' ') AS steps
                ORDER BY steps
                LIMIT $limit
                RETURN [n IN nodes(p) | n.id] AS nodeIds, [r IN rels | {{Vocabulary.RelationMap("r")}}] AS relations
                """, new Dictionary<string, object?>(parameters) { ["limit"] = q.First - found.Count }));
            found.AddRange(result.Rows.Select(r => new GraphPath(
                r.List("nodeIds").Select(id => V.String(id, "path node")).ToList(),
                r.List("relations").Select(m => Values.Relation(V.Map(m, "path relation"))).ToList())));
        }
        return found;
    }
}
