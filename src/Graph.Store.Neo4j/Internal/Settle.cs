namespace Graph.Store.Neo4j.Internal;

/// <summary>What a unit of work touched: the relations (by id, with their type) and entities to settle before commit.</summary>
internal sealed class Touched
{
    public SortedDictionary<string, string> Relations { get; } = new(StringComparer.Ordinal);
    public SortedSet<string> Entities { get; } = new(StringComparer.Ordinal);

    public void Relation(string id, string type) => Relations[id] = type;
    public void Entity(string id) => Entities.Add(id);
}

/// <summary>
/// The end of every write, inside its transaction, as the SQLite store's Settle: re-score touched relations from
/// their evidence (noisy-or), take their date from the first dated evidence, drop extracted relations left without
/// evidence, drop entities left with no document, mention or relation, and recompute the rest from the documents
/// that still name them (name and description unless a curator set them; aliases; alias nodes for prefix search).
/// </summary>
internal sealed class Settle(Vocabulary vocabulary)
{
    public async Task RunAsync(Neo4jTransaction tx, Touched touched)
    {
        foreach (var group in touched.Relations.GroupBy(p => p.Value, p => p.Key).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var orphaned = await tx.RunAsync(new Statement($"settle {group.Key} relations", $$"""
                UNWIND $ids AS relationId
                MATCH (s:Entity)-[r:{{vocabulary.RelType(group.Key)}} {id: relationId}]->(o:Entity)
                OPTIONAL MATCH (ev:Evidence {relationId: relationId})
                WITH s, o, r, ev ORDER BY ev.documentId, ev.spanStart
                WITH s, o, r, collect(ev) AS evidence
                WITH s, o, r, evidence, [e IN evidence WHERE e.relationDate IS NOT NULL] AS dated,
                     (r.provenance = 'Extracted' OR r.date IS NULL) AS datedByEvidence
                SET r.evidenceCount = size(evidence),
                    r.confidence = CASE WHEN r.provenance = 'Curated' THEN 1.0
                                        ELSE 1.0 - reduce(p = 1.0, e IN evidence | p * (1.0 - e.confidence)) END,
                    r.dateEarliest = CASE WHEN datedByEvidence THEN dated[0].relationDateEarliest ELSE r.dateEarliest END,
                    r.dateLatest = CASE WHEN datedByEvidence THEN dated[0].relationDateLatest ELSE r.dateLatest END,
                    r.date = CASE WHEN datedByEvidence THEN dated[0].relationDate ELSE r.date END
                WITH s, o, r WHERE r.evidenceCount = 0 AND r.provenance = 'Extracted'
                WITH s.id AS subjectId, o.id AS objectId, r
                DELETE r
                RETURN subjectId, objectId
                """, P.Of(("ids", group.ToList()))));
            foreach (var row in orphaned.Rows)
            {
                touched.Entity(row.String("subjectId"));
                touched.Entity(row.String("objectId"));
            }
        }
        if (touched.Entities.Count == 0) return;
        var ids = P.Of(("ids", touched.Entities.ToList()));

        await tx.RunAsync(new Statement("delete entities left without support", $$"""
            UNWIND $ids AS entityId
            MATCH (n:Entity {id: entityId})
            WHERE NOT EXISTS { (:Document)-[:{{Vocabulary.Contributes}}|{{Vocabulary.Mentions}}]->(n) }
              AND NOT EXISTS { (n)-[:{{vocabulary.RelTypes()}}]-(:Entity) }
            CALL (n) { MATCH (n)-[:{{Vocabulary.HasAlias}}]->(a:Alias) DETACH DELETE a }
            DETACH DELETE n
            """, ids));

        await tx.RunAsync(new Statement("recompute entities from their documents", $$"""
            UNWIND $ids AS entityId
            MATCH (n:Entity {id: entityId})
            OPTIONAL MATCH (d:Document)-[c:{{Vocabulary.Contributes}}]->(n)
            WITH n, c, d ORDER BY d.id
            WITH n, collect(c) AS cs
            WITH n, cs,
                 [c IN cs WHERE c.description IS NOT NULL] AS described,
                 [c IN cs WHERE c.externalId IS NOT NULL] AS identified,
                 [c IN cs WHERE c.eventType IS NOT NULL] AS typed,
                 [c IN cs WHERE c.date IS NOT NULL] AS dated,
                 reduce(acc = coalesce(n.curatedAliases, []), c IN cs | acc + coalesce(c.aliases, [])) AS surface,
                 reduce(acc = coalesce(n.curatedAliasesFolded, []), c IN cs | acc + coalesce(c.aliasesFolded, [])) AS surfaceFolded
            WITH n, cs, described, identified, typed, dated,
                 reduce(seen = [], a IN surface | CASE WHEN a IN seen THEN seen ELSE seen + [a] END) AS aliases,
                 reduce(seen = [], a IN surfaceFolded | CASE WHEN a IN seen THEN seen ELSE seen + [a] END) AS aliasesFolded,
                 size(cs) = 0 AS unsupported
            SET n.name = CASE WHEN unsupported OR n.nameCurated THEN n.name ELSE cs[0].name END,
                n.nameFolded = CASE WHEN unsupported OR n.nameCurated THEN n.nameFolded ELSE cs[0].nameFolded END,
                n.description = CASE WHEN unsupported OR n.descriptionCurated THEN n.description ELSE described[0].description END,
                n.externalId = CASE WHEN unsupported THEN n.externalId ELSE identified[0].externalId END,
                n.eventType = CASE WHEN unsupported THEN n.eventType ELSE typed[0].eventType END,
                n.dateEarliest = CASE WHEN unsupported THEN n.dateEarliest ELSE dated[0].dateEarliest END,
                n.dateLatest = CASE WHEN unsupported THEN n.dateLatest ELSE dated[0].dateLatest END,
                n.date = CASE WHEN unsupported THEN n.date ELSE dated[0].date END,
                n.aliases = aliases,
                n.aliasesFolded = aliasesFolded,
                n.aliasText = reduce(t = '', a IN aliases | t + a + ' ')
            WITH n
            CALL (n) { MATCH (n)-[:{{Vocabulary.HasAlias}}]->(old:Alias) DETACH DELETE old }
            FOREACH (f IN n.aliasesFolded | CREATE (n)-[:{{Vocabulary.HasAlias}}]->(:Alias {folded: f}))
            """, ids));
    }
}
