using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Lookups served straight from SQL: relations, evidence, documents, mentions, stats.</summary>
internal sealed class Reader(Ontology ontology)
{
    public Page<Relation> Relations(Session s, RelationQuery q)
    {
        var offset = (q.Page ?? new PageRequest()).Validate();
        EntityReader.MustExist(s, q.EntityId);
        var all = s.Query($"""
            SELECT {Rows.RelationColumns} FROM relations WHERE subject_id = $p0
            UNION SELECT {Rows.RelationColumns} FROM relations WHERE object_id = $p0
            """, Rows.Relation, q.EntityId);
        var types = q.Types is { Count: > 0 } ? q.Types.ToHashSet(StringComparer.Ordinal) : null;
        var matching = all.Where(r =>
                (types is null || types.Contains(r.Type))
                && r.Confidence >= q.MinConfidence
                && (q.IncludeRejected || r.Status != RelationStatus.Rejected)
                && Faces(r, q.EntityId, q.Direction))
            .OrderByDescending(r => r.Confidence).ThenBy(r => r.Id, StringComparer.Ordinal)
            .ToList();
        return Slice(matching, offset, (q.Page ?? new PageRequest()).First);
    }

    /// <summary>Symmetric relations have no direction, so they face both ways.</summary>
    private bool Faces(Relation r, string entityId, Direction direction) => direction switch
    {
        Direction.Outgoing => r.SubjectId == entityId || ontology.Relation(r.Type).Symmetric,
        Direction.Incoming => r.ObjectId == entityId || ontology.Relation(r.Type).Symmetric,
        _ => true,
    };

    public static Relation? Relation(Session s, string id) =>
        s.Query($"SELECT {Rows.RelationColumns} FROM relations WHERE id = $p0", Rows.Relation, id).FirstOrDefault();

    public static List<Relation> RelationsById(Session s, IEnumerable<string> ids) =>
        s.Query($"SELECT {Rows.RelationColumns} FROM relations WHERE id IN (SELECT value FROM json_each($p0))", Rows.Relation, Rows.Ids(ids));

    public static List<Evidence> Evidence(Session s, string relationId) => s.Query(
        $"SELECT relation_id, document_id, {Rows.SpanColumns} FROM evidence WHERE relation_id = $p0 ORDER BY document_id, start, \"end\", method",
        Rows.Evidence, relationId);

    public static Document? Document(Session s, string id) =>
        s.Query($"SELECT {Rows.DocumentColumns} FROM documents WHERE id = $p0", Rows.Document, id).FirstOrDefault();

    public static Page<DocumentSummary> Documents(Session s, PageRequest page)
    {
        var offset = page.Validate();
        var total = (int)s.Count("SELECT count(*) FROM documents");
        var items = s.Query("""
            SELECT d.id, d.title, d.date, d.source, d.format, length(d.text),
                   (SELECT count(*) FROM mentions m WHERE m.document_id = d.id)
            FROM documents d ORDER BY d.id LIMIT $p0 OFFSET $p1
            """,
            r => new DocumentSummary(r.GetString(0), r.GetString(1), Rows.Date(r, 2), Rows.Text(r, 3), r.GetString(4), r.GetInt32(5), r.GetInt32(6)),
            page.First, offset);
        return Page<DocumentSummary>.FromSlice(items, offset, total);
    }

    public static List<Mention> DocumentMentions(Session s, string documentId)
    {
        if (s.Count("SELECT count(*) FROM documents WHERE id = $p0", documentId) == 0) throw new GraphNotFoundException("document", documentId);
        return s.Query($"SELECT entity_id, document_id, {Rows.SpanColumns} FROM mentions WHERE document_id = $p0 ORDER BY start, \"end\", entity_id",
            Rows.Mention, documentId);
    }

    public static Page<Mention> EntityMentions(Session s, string entityId, PageRequest page)
    {
        var offset = page.Validate();
        EntityReader.MustExist(s, entityId);
        var total = (int)s.Count("SELECT count(*) FROM mentions WHERE entity_id = $p0", entityId);
        var items = s.Query($"""
            SELECT entity_id, document_id, {Rows.SpanColumns} FROM mentions WHERE entity_id = $p0
            ORDER BY document_id, start, "end" LIMIT $p1 OFFSET $p2
            """, Rows.Mention, entityId, page.First, offset);
        return Page<Mention>.FromSlice(items, offset, total);
    }

    public static GraphStats Stats(Session s)
    {
        Dictionary<string, int> ByType(string sql) =>
            s.Query(sql, r => (r.GetString(0), r.GetInt32(1))).ToDictionary(p => p.Item1, p => p.Item2, StringComparer.Ordinal);
        return new GraphStats(
            ByType("SELECT type, count(*) FROM entities GROUP BY type"),
            ByType("SELECT type, count(*) FROM relations GROUP BY type"),
            ByType("SELECT event_type, count(*) FROM entities WHERE event_type IS NOT NULL GROUP BY event_type"),
            (int)s.Count("SELECT count(*) FROM documents"),
            (int)s.Count("SELECT count(*) FROM mentions"),
            (int)s.Count("SELECT count(*) FROM evidence"));
    }

    public static Page<T> Slice<T>(IReadOnlyList<T> all, int offset, int first)
    {
        var slice = all.Skip(offset).Take(first).ToList();
        return Page<T>.FromSlice(slice, offset, all.Count);
    }
}
