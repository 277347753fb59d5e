using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// The whole graph read back out (see <see cref="IGraphSnapshotReader"/>): documents with their contributions, a page
/// at a time in a few statements per page (not per document), entities and relations by id, and the curation.
/// Pages are keyset pages (id greater than the last one), which the id indexes serve in order.
/// </summary>
internal sealed class SnapshotReads(Vocabulary vocabulary)
{
    public async Task<List<DocumentGraph>> DocumentsAfterAsync(Run run, string? afterId, int count)
    {
        var result = await run(new Statement("read a page of documents", $"""
            MATCH (d:Document) WHERE d.id > $afterId
            RETURN {Values.DocumentFields}
            ORDER BY d.id LIMIT $limit
            """, P.Of(("afterId", afterId ?? ""), ("limit", count))));
        return await ContributionsAsync(run, result);
    }

    public async Task<List<DocumentGraph>> DocumentsAsync(Run run, IReadOnlyCollection<string> ids)
    {
        if (ids.Count == 0) return [];
        var result = await run(new Statement("read documents by id", $$"""
            UNWIND $ids AS id
            MATCH (d:Document {id: id})
            RETURN {{Values.DocumentFields}}
            ORDER BY d.id
            """, P.Of(("ids", ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))));
        return await ContributionsAsync(run, result);
    }

    private async Task<List<DocumentGraph>> ContributionsAsync(Run run, QueryResult found)
    {
        var documents = found.Rows.Select(Values.Document).ToList();
        if (documents.Count == 0) return [];
        var builders = documents.ToDictionary(d => d.Id, d => new StoredDocumentBuilder(d), StringComparer.Ordinal);
        var ids = P.Of(("ids", builders.Keys.ToList()));

        var contributions = await run(new Statement("read the documents' entity contributions", $$"""
            UNWIND $ids AS documentId
            MATCH (:Document {id: documentId})-[c:{{Vocabulary.Contributes}}]->(n:Entity)
            RETURN documentId, n.id AS entityId, n.type AS type, c.name AS name, c.description AS description,
                   c.externalId AS externalId, c.eventType AS eventType, c.date AS date, c.aliases AS aliases
            """, ids));
        foreach (var r in contributions.Rows)
        {
            var b = builders[r.String("documentId")];
            var entityId = r.String("entityId");
            b.Entity(entityId, r.String("type"), r.String("name"), r.StringOrNull("description"), r.StringOrNull("externalId"),
                r.StringOrNull("eventType"), Values.Date(r["date"]));
            foreach (var alias in r.List("aliases").OfType<string>()) b.Alias(entityId, alias);
        }

        var mentions = await run(new Statement("read the documents' mentions", $$"""
            UNWIND $ids AS documentId
            MATCH (:Document {id: documentId})-[m:{{Vocabulary.Mentions}}]->(n:Entity)
            RETURN documentId, n.id AS entityId, m.sentence AS sentence, m.spanStart AS spanStart, m.spanEnd AS spanEnd,
                   m.method AS method, m.confidence AS confidence
            """, ids));
        foreach (var r in mentions.Rows)
            builders[r.String("documentId")].Mention(r.String("entityId"), Span(r));

        var evidence = await run(new Statement("read the documents' evidence", """
            UNWIND $ids AS documentId
            MATCH (ev:Evidence {documentId: documentId})
            RETURN documentId, ev.relationId AS relationId, ev.relationType AS relationType, ev.relationDate AS relationDate,
                   ev.sentence AS sentence, ev.spanStart AS spanStart, ev.spanEnd AS spanEnd, ev.method AS method, ev.confidence AS confidence
            """, ids));
        var endpoints = await EndpointsAsync(run, evidence.Rows.Select(r => (r.String("relationId"), r.String("relationType"))));
        foreach (var r in evidence.Rows)
        {
            var relationId = r.String("relationId");
            if (!endpoints.TryGetValue(relationId, out var rel))
                throw new Neo4jStoreException("read the documents' evidence", null,
                    $"Evidence of document '{r.String("documentId")}' names relation '{relationId}', which does not exist; the database is inconsistent (re-ingest the document).");
            builders[r.String("documentId")].Evidence(r.String("relationType"), rel.Subject, rel.Object, rel.Role, Values.Date(r["relationDate"]), Span(r));
        }
        return documents.Select(d => builders[d.Id].Build()).ToList();
    }

    /// <summary>Endpoints and role of relations by id: one statement per type, since a type cannot be a parameter.</summary>
    private async Task<Dictionary<string, (string Subject, string Object, string? Role)>> EndpointsAsync(Run run, IEnumerable<(string Id, string Type)> relations)
    {
        var found = new Dictionary<string, (string, string, string?)>(StringComparer.Ordinal);
        foreach (var group in relations.Distinct().GroupBy(r => r.Type, r => r.Id).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var result = await run(new Statement($"read {group.Key} relation endpoints", $$"""
                UNWIND $ids AS id
                MATCH (s:Entity)-[r:{{vocabulary.RelType(group.Key)}} {id: id}]->(o:Entity)
                RETURN r.id AS id, s.id AS subjectId, o.id AS objectId, r.role AS role
                """, P.Of(("ids", group.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))));
            foreach (var r in result.Rows) found[r.String("id")] = (r.String("subjectId"), r.String("objectId"), r.StringOrNull("role"));
        }
        return found;
    }

    private static SpanRef Span(Row r) =>
        new((int)r.Long("sentence"), (int)r.Long("spanStart"), (int)r.Long("spanEnd"), r.String("method"), r.Double("confidence"));

    public async Task<List<Entity>> EntitiesAfterAsync(Run run, string? afterId, int count)
    {
        var result = await run(new Statement("read a page of entities", $$"""
            MATCH (n:Entity) WHERE n.id > $afterId
            RETURN {{Vocabulary.EntityMap("n")}} AS entity
            ORDER BY n.id LIMIT $limit
            """, P.Of(("afterId", afterId ?? ""), ("limit", count))));
        return result.Rows.Select(r => Values.Entity(r.Map("entity"))).ToList();
    }

    /// <summary>Each type's page comes off its relationship index in id order; the union is cut to the page.</summary>
    public async Task<List<Relation>> RelationsAfterAsync(Run run, string? afterId, int count)
    {
        var perType = string.Join("\n  UNION ALL\n", vocabulary.Ontology.RelationTypes.Select(t =>
            $"  MATCH (:Entity)-[r:{vocabulary.RelType(t.Name)}]->(:Entity) WHERE r.id > $afterId RETURN r ORDER BY r.id LIMIT $limit"));
        var result = await run(new Statement("read a page of relations", $$"""
            CALL () {
            {{perType}}
            }
            WITH r ORDER BY r.id LIMIT $limit
            RETURN {{Vocabulary.RelationMap("r")}} AS relation
            """, P.Of(("afterId", afterId ?? ""), ("limit", count))));
        return result.Rows.Select(r => Values.Relation(r.Map("relation"))).ToList();
    }

    public async Task<GraphCuration> CurationAsync(Run run)
    {
        var merges = await run(new Statement("read remembered merges", """
            MATCH (m:MergedId)
            RETURN m.id AS removedId, m.keptId AS keptId
            ORDER BY m.id
            """));
        // Curated or reviewed (a status or a note) relations in one scan, then told apart.
        var relations = await run(new Statement("read curated and reviewed relations", $$"""
            MATCH (:Entity)-[r:{{vocabulary.RelTypes()}}]->(:Entity)
            WHERE r.provenance = 'Curated' OR r.status <> 'Unreviewed' OR r.statusNote IS NOT NULL
            RETURN {{Vocabulary.RelationMap("r")}} AS relation
            ORDER BY r.id
            """));
        var both = relations.Rows.Select(r => Values.Relation(r.Map("relation"))).ToList();
        var entities = await run(new Statement("read curated entities", """
            MATCH (n:Entity)
            WHERE n.nameCurated OR n.descriptionCurated OR size(coalesce(n.curatedAliases, [])) > 0
            RETURN n.id AS id, CASE WHEN n.nameCurated THEN n.name END AS name,
                   CASE WHEN n.descriptionCurated THEN n.description END AS description, coalesce(n.curatedAliases, []) AS aliases
            ORDER BY n.id
            """));
        return new GraphCuration(
            merges.Rows.Select(r => new RememberedMerge(r.String("removedId"), r.String("keptId"))).ToList(),
            both.Where(r => r.Provenance == Provenance.Curated).ToList(),
            both.Where(r => r.Status != RelationStatus.Unreviewed || r.StatusNote is not null).ToList(),
            entities.Rows.Select(r => new CuratedEntity(r.String("id"), r.StringOrNull("name"), r.StringOrNull("description"),
                // A merge appends the removed entity's names, so the stored list may repeat one.
                r.List("aliases").OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList())).ToList());
    }
}
