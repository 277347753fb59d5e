using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Applies and deletes one document's contribution, each in one transaction.</summary>
internal sealed class DocumentWriter(WriteSession w)
{
    private Session S => w.Session;

    public (ApplyResult Result, TopologyChanges? Changes) Apply(DocumentGraph graph)
    {
        w.Validator.Validate(graph);
        var doc = graph.Document;
        var graphHash = GraphHash.Of(graph);
        using var tx = w.Begin();
        var existing = S.Query("SELECT content_hash, graph_hash FROM documents WHERE id = $p0",
            r => (Content: r.GetString(0), Graph: r.GetString(1)), doc.Id);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        string Resolve(string id) => resolved.TryGetValue(id, out var k) ? k : resolved[id] = w.Resolve(id);

        if (existing.Count == 1 && existing[0].Content == doc.ContentHash && existing[0].Graph == graphHash)
            return (Count(graph, Resolve, unchanged: true, replaced: false), null);

        w.Step("begin");
        var replaced = existing.Count == 1;
        if (replaced) RemoveContribution(doc.Id);
        w.Step("removed");

        S.Execute("""
            INSERT INTO documents(id, title, date, date_earliest, date_latest, source, format, text, content_hash, graph_hash, ingested_at)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
            ON CONFLICT(id) DO UPDATE SET title = excluded.title, date = excluded.date, date_earliest = excluded.date_earliest,
              date_latest = excluded.date_latest, source = excluded.source, format = excluded.format, text = excluded.text,
              content_hash = excluded.content_hash, graph_hash = excluded.graph_hash, ingested_at = excluded.ingested_at
            """,
            doc.Id, doc.Title, doc.Date?.ToString(), Rows.Earliest(doc.Date), Rows.Latest(doc.Date), doc.Source, doc.Format,
            doc.Text, doc.ContentHash, graphHash, DateTime.UtcNow.ToString("O"));

        foreach (var e in graph.Entities) WriteEntity(e, Resolve(e.Id), doc);
        w.Step("entities");
        foreach (var r in graph.Relations) WriteRelation(r, Resolve, doc);
        w.Step("relations");

        var changes = w.Settle();
        w.Step("settled");
        tx.Commit();
        return (Count(graph, Resolve, unchanged: false, replaced), changes);
    }

    public TopologyChanges Delete(string documentId)
    {
        using var tx = w.Begin();
        if (S.Count("SELECT count(*) FROM documents WHERE id = $p0", documentId) == 0)
            throw new GraphNotFoundException("document", documentId);
        RemoveContribution(documentId);
        w.Step("removed");
        S.Execute("DELETE FROM documents WHERE id = $p0", documentId);
        var changes = w.Settle();
        w.Step("settled");
        tx.Commit();
        return changes;
    }

    private void RemoveContribution(string documentId) => S.Execute("""
        INSERT OR IGNORE INTO touched_rel(id) SELECT relation_id FROM evidence WHERE document_id = $p0;
        INSERT OR IGNORE INTO touched_ent(id) SELECT entity_id FROM document_entities WHERE document_id = $p0;
        INSERT OR IGNORE INTO touched_ent(id) SELECT entity_id FROM entity_aliases WHERE document_id = $p0;
        DELETE FROM evidence WHERE document_id = $p0;
        DELETE FROM mentions WHERE document_id = $p0;
        DELETE FROM entity_aliases WHERE document_id = $p0;
        DELETE FROM document_entities WHERE document_id = $p0;
        """, documentId);

    private void WriteEntity(EntityRecord e, string id, Document doc)
    {
        var date = e.Event?.Date;
        var folded = NameFolding.Fold(e.Name);
        // The entity row's fields are settled from the contributions afterwards; these values only create it.
        S.Execute("""
            INSERT INTO entities(id, type, name, name_folded) VALUES ($p0, $p1, $p2, $p3) ON CONFLICT(id) DO NOTHING
            """, id, e.Type, e.Name, folded);
        S.Execute("""
            INSERT INTO document_entities(document_id, entity_id, name, name_folded, description, external_id, event_type, date, date_earliest, date_latest)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9)
            ON CONFLICT(document_id, entity_id) DO UPDATE SET
              description = coalesce(description, excluded.description),
              external_id = coalesce(external_id, excluded.external_id),
              event_type = coalesce(event_type, excluded.event_type),
              date_earliest = CASE WHEN date IS NULL THEN excluded.date_earliest ELSE date_earliest END,
              date_latest = CASE WHEN date IS NULL THEN excluded.date_latest ELSE date_latest END,
              date = coalesce(date, excluded.date)
            """,
            doc.Id, id, e.Name, folded, e.Description, e.ExternalId, e.Event?.EventType,
            date?.ToString(), Rows.Earliest(date), Rows.Latest(date));
        w.TouchEntity(id);
        foreach (var alias in e.Aliases.Prepend(e.Name))
        {
            if (string.IsNullOrWhiteSpace(alias)) continue;
            S.Execute("INSERT OR IGNORE INTO entity_aliases(entity_id, alias, alias_folded, document_id) VALUES ($p0, $p1, $p2, $p3)",
                id, alias, NameFolding.Fold(alias), doc.Id);
        }
        foreach (var m in e.Mentions)
            S.Execute("""
                INSERT INTO mentions(entity_id, document_id, sentence, start, "end", text, method, confidence)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7)
                """, id, doc.Id, m.Sentence, m.Start, m.End, doc.Text[m.Start..m.End], m.Method, m.Confidence);
    }

    private void WriteRelation(RelationRecord r, Func<string, string> resolve, Document doc)
    {
        var (subject, obj) = (resolve(r.SubjectId), resolve(r.ObjectId));
        // Two endpoints a curator merged into one: the relation would be a loop the merge already dropped.
        if (subject == obj && r.SubjectId != r.ObjectId) return;
        var id = RelationId(r, subject, obj);
        if (w.Ontology.Relation(r.Type).Symmetric) (subject, obj) = WriteSession.Canonical(subject, obj);
        // Date, confidence and evidence count are settled from the evidence afterwards.
        S.Execute("""
            INSERT INTO relations(id, type, subject_id, object_id, role, provenance) VALUES ($p0, $p1, $p2, $p3, $p4, 0)
            ON CONFLICT(id) DO NOTHING
            """, id, r.Type, subject, obj, r.Role);
        w.TouchRelation(id);
        foreach (var s in r.Evidence)
            S.Execute("""
                INSERT INTO evidence(relation_id, document_id, sentence, start, "end", text, method, confidence,
                                     relation_date, relation_date_earliest, relation_date_latest)
                VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)
                """, id, doc.Id, s.Sentence, s.Start, s.End, doc.Text[s.Start..s.End], s.Method, s.Confidence,
                r.Date?.ToString(), Rows.Earliest(r.Date), Rows.Latest(r.Date));
    }

    private string RelationId(RelationRecord r, string subject, string obj) =>
        GraphIds.Relation(r.Type, subject, obj, r.Role, w.Ontology.Relation(r.Type).Symmetric);

    private ApplyResult Count(DocumentGraph g, Func<string, string> resolve, bool unchanged, bool replaced)
    {
        var entities = g.Entities.Select(e => resolve(e.Id)).Distinct(StringComparer.Ordinal).Count();
        var relations = g.Relations
            .Select(r => (r, s: resolve(r.SubjectId), o: resolve(r.ObjectId)))
            .Where(x => !(x.s == x.o && x.r.SubjectId != x.r.ObjectId))
            .Select(x => RelationId(x.r, x.s, x.o)).Distinct(StringComparer.Ordinal).Count();
        return new ApplyResult(g.Document.Id, unchanged, replaced, entities, relations,
            g.Entities.Sum(e => e.Mentions.Count), g.Relations.Sum(r => r.Evidence.Count));
    }
}
