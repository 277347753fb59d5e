using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>The whole graph read back out (see <see cref="IGraphSnapshotReader"/>): documents with their contributions, curation.</summary>
internal static class Snapshot
{
    public static List<DocumentGraph> DocumentsAfter(Session s, string? afterId, int count) =>
        Contributions(s, s.Query($"SELECT {Rows.DocumentColumns} FROM documents WHERE id > $p0 ORDER BY id LIMIT $p1", Rows.Document, afterId ?? "", count));

    public static List<DocumentGraph> Documents(Session s, IReadOnlyCollection<string> ids) =>
        ids.Count == 0 ? [] : Contributions(s, s.Query(
            $"SELECT {Rows.DocumentColumns} FROM documents WHERE id IN (SELECT value FROM json_each($p0)) ORDER BY id", Rows.Document, Rows.Ids(ids)));

    /// <summary>Four queries for the whole page, one per table, rather than four per document.</summary>
    private static List<DocumentGraph> Contributions(Session s, List<Document> documents)
    {
        if (documents.Count == 0) return [];
        var builders = documents.ToDictionary(d => d.Id, d => new StoredDocumentBuilder(d), StringComparer.Ordinal);
        var ids = Rows.Ids(builders.Keys);
        foreach (var (doc, entity, type, name, description, externalId, eventType, date) in s.Query("""
            SELECT de.document_id, de.entity_id, e.type, de.name, de.description, de.external_id, de.event_type, de.date
            FROM document_entities de JOIN entities e ON e.id = de.entity_id
            WHERE de.document_id IN (SELECT value FROM json_each($p0))
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Rows.Text(r, 4), Rows.Text(r, 5), Rows.Text(r, 6), Rows.Date(r, 7)), ids))
            builders[doc].Entity(entity, type, name, description, externalId, eventType, date);
        foreach (var (doc, entity, alias) in s.Query(
            "SELECT document_id, entity_id, alias FROM entity_aliases WHERE document_id IN (SELECT value FROM json_each($p0))",
            r => (r.GetString(0), r.GetString(1), r.GetString(2)), ids))
            builders[doc].Alias(entity, alias);
        foreach (var (doc, entity, span) in s.Query("""
            SELECT document_id, entity_id, sentence, start, "end", method, confidence FROM mentions
            WHERE document_id IN (SELECT value FROM json_each($p0))
            """, r => (r.GetString(0), r.GetString(1), new SpanRef(r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetDouble(6))), ids))
            builders[doc].Mention(entity, span);
        foreach (var (doc, type, subject, obj, role, date, span) in s.Query("""
            SELECT ev.document_id, r.type, r.subject_id, r.object_id, r.role, ev.relation_date,
                   ev.sentence, ev.start, ev."end", ev.method, ev.confidence
            FROM evidence ev JOIN relations r ON r.id = ev.relation_id
            WHERE ev.document_id IN (SELECT value FROM json_each($p0))
            """, r => (r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Rows.Text(r, 4), Rows.Date(r, 5),
                new SpanRef(r.GetInt32(6), r.GetInt32(7), r.GetInt32(8), r.GetString(9), r.GetDouble(10))), ids))
            builders[doc].Evidence(type, subject, obj, role, date, span);
        return documents.Select(d => builders[d.Id].Build()).ToList();
    }

    public static List<Entity> EntitiesAfter(Session s, string? afterId, int count)
    {
        var ids = s.Query("SELECT id FROM entities WHERE id > $p0 ORDER BY id LIMIT $p1", r => r.GetString(0), afterId ?? "", count);
        var loaded = EntityReader.Load(s, ids);
        return ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
    }

    public static List<Relation> RelationsAfter(Session s, string? afterId, int count) =>
        s.Query($"SELECT {Rows.RelationColumns} FROM relations WHERE id > $p0 ORDER BY id LIMIT $p1", Rows.Relation, afterId ?? "", count);

    public static GraphCuration Curation(Session s)
    {
        var merges = s.Query("SELECT removed_id, kept_id FROM entity_merges ORDER BY removed_id",
            r => new RememberedMerge(r.GetString(0), r.GetString(1)));
        // Curated (provenance 1) or reviewed (a status or a note) relations in one scan, then told apart.
        var relations = s.Query(
            $"SELECT {Rows.RelationColumns} FROM relations WHERE provenance = 1 OR status <> 0 OR status_note IS NOT NULL ORDER BY id", Rows.Relation);
        var curated = relations.Where(r => r.Provenance == Provenance.Curated).ToList();
        var reviewed = relations.Where(IsReviewed).ToList();
        // Aliases with no document are a curator's (or a merge's): documents' aliases always name their document.
        var curatorAliases = s.Query("SELECT entity_id, alias FROM entity_aliases WHERE document_id IS NULL ORDER BY entity_id, alias",
                r => (Entity: r.GetString(0), Alias: r.GetString(1)))
            .GroupBy(a => a.Entity, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<string>)g.Select(a => a.Alias).Distinct(StringComparer.Ordinal).ToList(), StringComparer.Ordinal);
        var entities = s.Query("""
                SELECT id, CASE WHEN name_curated = 1 THEN name END, CASE WHEN description_curated = 1 THEN description END
                FROM entities
                WHERE name_curated = 1 OR description_curated = 1
                   OR EXISTS (SELECT 1 FROM entity_aliases a WHERE a.entity_id = entities.id AND a.document_id IS NULL)
                ORDER BY id
                """, r => (Id: r.GetString(0), Name: Rows.Text(r, 1), Description: Rows.Text(r, 2)))
            .Select(e => new CuratedEntity(e.Id, e.Name, e.Description, curatorAliases.GetValueOrDefault(e.Id) ?? []))
            .ToList();
        return new GraphCuration(merges, curated, reviewed, entities);
    }

    private static bool IsReviewed(Relation r) => r.Status != RelationStatus.Unreviewed || r.StatusNote is not null;
}
