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
        using var tx = w.Begin();
        var result = Write(graph);
        if (result.Unchanged) return (result, null);
        var changes = w.Settle();
        w.Step("settled");
        tx.Commit();
        return (result, changes);
    }

    /// <summary>
    /// Many documents in one transaction, each inside its own savepoint: a document that is rejected or
    /// fails rolls back to its savepoint only and is reported, the others stay. Touched relations and
    /// entities accumulate across the batch and are settled (scores, fields, full text) once at the end, so
    /// an entity named by a hundred documents of the batch is recomputed once, not a hundred times, and
    /// the batch pays one commit.
    /// </summary>
    public (List<ApplyResult> Results, TopologyChanges? Changes) ApplyMany(IEnumerable<DocumentGraph> graphs, CancellationToken cancellationToken)
    {
        var results = new List<ApplyResult>();
        using var tx = w.Begin();
        var stored = false;
        foreach (var graph in graphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = graph.Document?.Id ?? "";
            try
            {
                w.Validator.Validate(graph);
            }
            catch (Exception e)
            {
                results.Add(ApplyResult.NotStored(id, e));
                continue;
            }
            S.Execute("SAVEPOINT document");
            try
            {
                var result = Write(graph);
                S.Execute("RELEASE document");
                stored |= !result.Unchanged;
                results.Add(result);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // If SQLite itself rolled the whole transaction back (disk full, I/O error) this throws, and the
                // batch fails as a whole: nothing of it was committed, so the caller may retry it all.
                S.Execute("ROLLBACK TO document; RELEASE document");
                results.Add(ApplyResult.NotStored(id, e));
            }
        }
        if (!stored) return (results, null);
        var changes = w.Settle();
        w.Step("settled");
        tx.Commit();
        return (results, changes);
    }

    /// <summary>Writes one validated document's rows inside the open transaction; settling is the caller's.</summary>
    private ApplyResult Write(DocumentGraph graph)
    {
        var doc = graph.Document;
        var existing = S.Query("SELECT content_hash, graph_hash FROM documents WHERE id = $p0",
            r => (Content: r.GetString(0), Graph: r.GetString(1)), doc.Id);
        var resolved = new Dictionary<string, string>(StringComparer.Ordinal);
        // Most graphs have no merges; then no id needs looking up.
        var anyMerges = S.Scalar("SELECT 1 FROM entity_merges LIMIT 1") is not null;
        string Resolve(string id) => !anyMerges ? id : resolved.TryGetValue(id, out var k) ? k : resolved[id] = w.Resolve(id);

        var batch = DocumentBatch.Of(graph, Resolve, w.Ontology);
        var graphHash = batch.Hash(doc);
        if (existing.Count == 1 && existing[0].Content == doc.ContentHash && existing[0].Graph == graphHash)
            return Count(graph, batch, unchanged: true, replaced: false);

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

        WriteEntities(batch, doc.Id);
        w.Step("entities");
        WriteRelations(batch, doc.Id);
        w.Step("relations");
        return Count(graph, batch, unchanged: false, replaced);
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

    private void WriteEntities(DocumentBatch batch, string documentId)
    {
        // The entity row's fields are settled from the contributions afterwards; these values only create it.
        S.Execute("""
            INSERT INTO entities(id, type, name, name_folded)
              SELECT value->>'id', value->>'type', value->>'name', value->>'folded' FROM json_each($p0) WHERE true
              ON CONFLICT(id) DO NOTHING;
            INSERT INTO document_entities(document_id, entity_id, name, name_folded, description, external_id, event_type, date, date_earliest, date_latest)
              SELECT $p1, value->>'id', value->>'name', value->>'folded', value->>'description', value->>'external_id',
                     value->>'event_type', value->>'date', value->>'de', value->>'dl'
              FROM json_each($p0);
            INSERT OR IGNORE INTO touched_ent(id) SELECT value->>'id' FROM json_each($p0);
            INSERT OR IGNORE INTO entity_aliases(entity_id, alias, alias_folded, document_id)
              SELECT value->>'e', value->>'a', value->>'f', $p1 FROM json_each($p2);
            INSERT INTO mentions(entity_id, document_id, sentence, start, "end", text, method, confidence)
              SELECT value->>'e', $p1, value->>'sn', value->>'st', value->>'en', value->>'t', value->>'m', value->>'c' FROM json_each($p3);
            """, batch.Entities, documentId, batch.Aliases, batch.Mentions);
    }

    private void WriteRelations(DocumentBatch batch, string documentId)
    {
        // Date, confidence and evidence count are settled from the evidence afterwards.
        S.Execute("""
            INSERT INTO relations(id, type, subject_id, object_id, role, provenance)
              SELECT value->>'id', value->>'type', value->>'s', value->>'o', value->>'role', 0 FROM json_each($p0) WHERE true
              ON CONFLICT(id) DO NOTHING;
            INSERT OR IGNORE INTO touched_rel(id) SELECT value->>'id' FROM json_each($p0);
            INSERT INTO evidence(relation_id, document_id, sentence, start, "end", text, method, confidence,
                                 relation_date, relation_date_earliest, relation_date_latest)
              SELECT value->>'r', $p1, value->>'sn', value->>'st', value->>'en', value->>'t', value->>'m', value->>'c',
                     value->>'date', value->>'de', value->>'dl'
              FROM json_each($p2);
            """, batch.Relations, documentId, batch.Evidence);
    }

    private static ApplyResult Count(DocumentGraph g, DocumentBatch batch, bool unchanged, bool replaced) =>
        new(g.Document.Id, unchanged, replaced, batch.EntityCount, batch.RelationCount,
            g.Entities.Sum(e => e.Mentions.Count), g.Relations.Sum(r => r.Evidence.Count));
}
