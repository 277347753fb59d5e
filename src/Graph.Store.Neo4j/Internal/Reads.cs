using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Neo4j.Internal;

/// <summary>Runs a statement: an auto-commit read, or a statement inside a write's transaction.</summary>
internal delegate Task<QueryResult> Run(Statement statement);

/// <summary>Lookups: entities, relations, evidence, documents, mentions, stats.</summary>
internal sealed class Reads(Vocabulary vocabulary)
{
    public async Task<Dictionary<string, Entity>> EntitiesAsync(Run run, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Entity>(StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        var result = await run(new Statement("read entities", $$"""
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN {{Vocabulary.EntityMap("n")}} AS entity
            """, P.Of(("ids", ids.Distinct(StringComparer.Ordinal).ToList()))));
        foreach (var row in result.Rows)
        {
            var e = Values.Entity(row.Map("entity"));
            found[e.Id] = e;
        }
        return found;
    }

    /// <summary>Entities in the order of <paramref name="ids"/>, leaving out any a concurrent write removed.</summary>
    public async Task<List<Entity>> OrderedAsync(Run run, IReadOnlyList<string> ids)
    {
        var loaded = await EntitiesAsync(run, ids);
        return ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
    }

    public async Task MustExistAsync(Run run, IEnumerable<string> ids)
    {
        var wanted = ids.ToList();
        var result = await run(new Statement("check that entities exist", """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id
            """, P.Of(("ids", wanted.Distinct(StringComparer.Ordinal).ToList()))));
        var present = result.Rows.Select(r => r.String("id")).ToHashSet(StringComparer.Ordinal);
        var missing = wanted.FirstOrDefault(id => !present.Contains(id));
        if (missing is not null) throw new GraphNotFoundException("entity", missing);
    }

    public async Task<Page<Relation>> RelationsAsync(Run run, RelationQuery q)
    {
        var page = q.Page ?? new PageRequest();
        var offset = page.Validate();
        var result = await run(new Statement("read an entity's relations", $$"""
            MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (n)-[r:{{vocabulary.RelTypes(q.Types)}}]-(:Entity)
            WHERE r.confidence >= $minConfidence AND ($includeRejected OR r.status <> 'Rejected')
            RETURN n.id AS id, collect(DISTINCT {{Vocabulary.RelationMap("r")}}) AS relations
            """, P.Of(("id", q.EntityId), ("minConfidence", q.MinConfidence), ("includeRejected", q.IncludeRejected))));
        if (result.Rows.Count == 0) throw new GraphNotFoundException("entity", q.EntityId);
        var matching = result.Rows[0].List("relations")
            .Select(m => Values.Relation(V.Map(m, "relation")))
            .Where(r => Faces(r, q.EntityId, q.Direction))
            .OrderByDescending(r => r.Confidence).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return Slice(matching, offset, page.First);
    }

    /// <summary>Symmetric relations have no direction, so they face both ways.</summary>
    private bool Faces(Relation r, string entityId, Direction direction) => direction switch
    {
        Direction.Outgoing => r.SubjectId == entityId || vocabulary.Ontology.Relation(r.Type).Symmetric,
        Direction.Incoming => r.ObjectId == entityId || vocabulary.Ontology.Relation(r.Type).Symmetric,
        _ => true,
    };

    public async Task<Relation?> RelationAsync(Run run, string id)
    {
        var result = await run(new Statement("read a relation", $"""
            {vocabulary.RelationById("id")}
            RETURN {Vocabulary.RelationMap("r")} AS relation
            """, P.Of(("id", id))));
        return result.Rows.Count == 0 ? null : Values.Relation(result.Rows[0].Map("relation"));
    }

    public async Task<List<Evidence>> EvidenceAsync(Run run, string relationId)
    {
        var result = await run(new Statement("read a relation's evidence", """
            MATCH (ev:Evidence {relationId: $id})
            RETURN ev {.relationId, .documentId, .sentence, .spanStart, .spanEnd, .text, .method, .confidence} AS evidence
            ORDER BY ev.documentId, ev.spanStart, ev.spanEnd, ev.method
            """, P.Of(("id", relationId))));
        return result.Rows.Select(r => Values.Evidence(r.Map("evidence"))).ToList();
    }

    public async Task<Document?> DocumentAsync(Run run, string id)
    {
        var result = await run(new Statement("read a document", $$"""
            MATCH (d:Document {id: $id})
            RETURN {{Values.DocumentFields}}
            """, P.Of(("id", id))));
        return result.Rows.Count == 0 ? null : Values.Document(result.Rows[0]);
    }

    public async Task<Page<DocumentSummary>> DocumentsAsync(Run run, PageRequest page)
    {
        var offset = page.Validate();
        var total = await run(new Statement("count documents", "MATCH (d:Document) RETURN count(d) AS total"));
        var result = await run(new Statement("list documents", $$"""
            MATCH (d:Document)
            WITH d ORDER BY d.id SKIP $skip LIMIT $limit
            RETURN d.id AS id, d.title AS title, d.date AS date, d.source AS source, d.format AS format, d.length AS length,
                   COUNT { (d)-[:{{Vocabulary.Mentions}}]->(:Entity) } AS mentions
            """, P.Of(("skip", offset), ("limit", page.First))));
        var items = result.Rows.Select(r => new DocumentSummary(r.String("id"), r.String("title"), Values.Date(r["date"]),
            r.StringOrNull("source"), r.String("format"), (int)r.Long("length"), (int)r.Long("mentions"))).ToList();
        return Page<DocumentSummary>.FromSlice(items, offset, total.Rows.Count == 0 ? 0 : (int)total.Rows[0].Long("total"));
    }

    public async Task<List<Mention>> DocumentMentionsAsync(Run run, string documentId)
    {
        var result = await run(new Statement("read a document's mentions", $$"""
            MATCH (d:Document {id: $id})
            OPTIONAL MATCH (d)-[m:{{Vocabulary.Mentions}}]->(n:Entity)
            WITH d, m, n ORDER BY m.spanStart, m.spanEnd, n.id
            RETURN d.id AS id, collect(m {.sentence, .spanStart, .spanEnd, .text, .method, .confidence, entityId: n.id, documentId: d.id}) AS mentions
            """, P.Of(("id", documentId))));
        if (result.Rows.Count == 0) throw new GraphNotFoundException("document", documentId);
        return result.Rows[0].List("mentions").Select(m => Values.Mention(V.Map(m, "mention"))).ToList();
    }

    public async Task<Page<Mention>> EntityMentionsAsync(Run run, string entityId, PageRequest page)
    {
        var offset = page.Validate();
        var result = await run(new Statement("read an entity's mentions", $$"""
            MATCH (n:Entity {id: $id})
            OPTIONAL MATCH (d:Document)-[m:{{Vocabulary.Mentions}}]->(n)
            WITH n, d, m ORDER BY d.id, m.spanStart, m.spanEnd
            WITH n, collect(m {.sentence, .spanStart, .spanEnd, .text, .method, .confidence, entityId: n.id, documentId: d.id}) AS mentions
            RETURN size(mentions) AS total, mentions[$skip..$end] AS page
            """, P.Of(("id", entityId), ("skip", offset), ("end", offset + page.First))));
        if (result.Rows.Count == 0) throw new GraphNotFoundException("entity", entityId);
        var items = result.Rows[0].List("page").Select(m => Values.Mention(V.Map(m, "mention"))).ToList();
        return Page<Mention>.FromSlice(items, offset, (int)result.Rows[0].Long("total"));
    }

    public async Task<GraphStats> StatsAsync(Run run)
    {
        var result = await run(new Statement("count the graph", $$"""
            CALL () { MATCH (n:Entity) WITH n.type AS type, count(*) AS c RETURN collect([type, c]) AS entities }
            CALL () { MATCH (:Entity)-[r:{{vocabulary.RelTypes()}}]->(:Entity) WITH type(r) AS type, count(*) AS c RETURN collect([type, c]) AS relations }
            CALL () { MATCH (n:Entity) WHERE n.eventType IS NOT NULL WITH n.eventType AS type, count(*) AS c RETURN collect([type, c]) AS events }
            CALL () { MATCH (d:Document) RETURN count(d) AS documents }
            CALL () { MATCH (:Document)-[m:{{Vocabulary.Mentions}}]->(:Entity) RETURN count(m) AS mentions }
            CALL () { MATCH (ev:Evidence) RETURN count(ev) AS evidence }
            RETURN entities, relations, events, documents, mentions, evidence
            """));
        var r = result.Rows[0];
        static Dictionary<string, int> ByType(IReadOnlyList<object?> pairs) => pairs
            .Select(p => V.List(p))
            .ToDictionary(p => V.String(p[0], "type"), p => (int)V.Long(p[1], "count"), StringComparer.Ordinal);
        return new GraphStats(ByType(r.List("entities")), ByType(r.List("relations")), ByType(r.List("events")),
            (int)r.Long("documents"), (int)r.Long("mentions"), (int)r.Long("evidence"));
    }

    public static Page<T> Slice<T>(IReadOnlyList<T> all, int offset, int first) =>
        Page<T>.FromSlice(all.Skip(offset).Take(first).ToList(), offset, all.Count);
}
