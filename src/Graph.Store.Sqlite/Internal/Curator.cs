using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>What a curator changes by hand: asserted relations, statuses, entity fields, merges.</summary>
internal sealed class Curator(WriteSession w)
{
    private Session S => w.Session;

    public (string RelationId, TopologyChanges Changes) AddRelation(CuratedRelation c)
    {
        using var tx = w.Begin();
        var subject = w.Resolve(c.SubjectId);
        var obj = w.Resolve(c.ObjectId);
        var at = $"curated relation ({c.SubjectId} {c.Type} {c.ObjectId})";
        var def = w.Validator.RelationType(c.Type, at);
        w.Validator.Validate(c, TypeOf(subject), TypeOf(obj));
        var id = GraphIds.Relation(c.Type, subject, obj, c.Role, def.Symmetric);
        if (def.Symmetric) (subject, obj) = WriteSession.Canonical(subject, obj);
        S.Execute("""
            INSERT INTO relations(id, type, subject_id, object_id, role, date, date_earliest, date_latest, provenance, status, status_note, confidence)
            VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, 1, $p8, $p9, 1.0)
            ON CONFLICT(id) DO UPDATE SET provenance = 1, status = excluded.status,
              status_note = coalesce(excluded.status_note, status_note),
              date = coalesce(excluded.date, date),
              date_earliest = CASE WHEN excluded.date IS NULL THEN date_earliest ELSE excluded.date_earliest END,
              date_latest = CASE WHEN excluded.date IS NULL THEN date_latest ELSE excluded.date_latest END
            """,
            id, c.Type, subject, obj, c.Role, c.Date?.ToString(), Rows.Earliest(c.Date), Rows.Latest(c.Date),
            (int)RelationStatus.Accepted, c.Note);
        w.TouchRelation(id);
        var changes = w.Settle();
        tx.Commit();
        return (id, changes);
    }

    public TopologyChanges SetStatus(string relationId, RelationStatus status, string? note)
    {
        if (!Enum.IsDefined(status))
            throw new GraphValidationException($"Relation status {(int)status} is not one of {string.Join(", ", Enum.GetNames<RelationStatus>())}.");
        using var tx = w.Begin();
        if (S.Execute("UPDATE relations SET status = $p1, status_note = $p2 WHERE id = $p0", relationId, (int)status, note) == 0)
            throw new GraphNotFoundException("relation", relationId);
        w.TouchRelation(relationId);
        var changes = w.Settle();
        tx.Commit();
        return changes;
    }

    public TopologyChanges UpdateEntity(string entityId, EntityUpdate update)
    {
        w.Validator.Validate(entityId, update);
        using var tx = w.Begin();
        TypeOf(entityId);
        S.Execute("""
            UPDATE entities SET
              name = coalesce($p1, name),
              name_curated = CASE WHEN $p1 IS NULL THEN name_curated ELSE 1 END,
              name_folded = coalesce($p2, name_folded),
              description = CASE WHEN $p3 IS NULL THEN description ELSE $p3 END,
              description_curated = CASE WHEN $p3 IS NULL THEN description_curated ELSE 1 END
            WHERE id = $p0
            """, entityId, update.Name, update.Name is null ? null : NameFolding.Fold(update.Name), update.Description);
        if (update.Aliases is not null)
        {
            // The curator's list replaces every alias; a later ingest of a changed document adds its surface forms back.
            S.Execute("DELETE FROM entity_aliases WHERE entity_id = $p0", entityId);
            foreach (var alias in update.Aliases.Distinct(StringComparer.Ordinal))
                S.Execute("INSERT OR IGNORE INTO entity_aliases(entity_id, alias, alias_folded, document_id) VALUES ($p0, $p1, $p2, NULL)",
                    entityId, alias, NameFolding.Fold(alias));
        }
        w.TouchEntity(entityId);
        var changes = w.Settle();
        tx.Commit();
        return changes;
    }

    public TopologyChanges Merge(string keepId, string removeId)
    {
        if (keepId == removeId)
            throw new GraphValidationException($"Cannot merge entity '{keepId}' into itself; give two different ids.");
        using var tx = w.Begin();
        var (keepType, removeType) = (TypeOf(keepId), TypeOf(removeId));
        if (keepType != removeType)
            throw new GraphValidationException($"Cannot merge '{removeId}' ({removeType}) into '{keepId}' ({keepType}): only entities of one type can be merged.");
        w.TouchEntity(keepId);
        w.TouchEntity(removeId);
        S.Execute("""
            UPDATE mentions SET entity_id = $p0 WHERE entity_id = $p1;
            INSERT OR IGNORE INTO document_entities(document_id, entity_id, name, name_folded, description, external_id, event_type, date, date_earliest, date_latest)
              SELECT document_id, $p0, name, name_folded, description, external_id, event_type, date, date_earliest, date_latest
              FROM document_entities WHERE entity_id = $p1;
            DELETE FROM document_entities WHERE entity_id = $p1;
            INSERT OR IGNORE INTO entity_aliases(entity_id, alias, alias_folded, document_id)
              SELECT $p0, alias, alias_folded, document_id FROM entity_aliases WHERE entity_id = $p1;
            INSERT OR IGNORE INTO entity_aliases(entity_id, alias, alias_folded, document_id)
              SELECT $p0, name, name_folded, NULL FROM entities WHERE id = $p1;
            UPDATE entities SET
              name_curated = 1,
              description = coalesce(description, (SELECT description FROM entities WHERE id = $p1)),
              external_id = coalesce(external_id, (SELECT external_id FROM entities WHERE id = $p1)),
              event_type = coalesce(event_type, (SELECT event_type FROM entities WHERE id = $p1)),
              date_earliest = CASE WHEN date IS NULL THEN (SELECT date_earliest FROM entities WHERE id = $p1) ELSE date_earliest END,
              date_latest = CASE WHEN date IS NULL THEN (SELECT date_latest FROM entities WHERE id = $p1) ELSE date_latest END,
              date = coalesce(date, (SELECT date FROM entities WHERE id = $p1))
            WHERE id = $p0;
            """, keepId, removeId);
        MoveRelations(keepId, removeId);
        S.Execute("""
            UPDATE entity_merges SET kept_id = $p0 WHERE kept_id = $p1;
            INSERT OR REPLACE INTO entity_merges(removed_id, kept_id) VALUES ($p1, $p0);
            DELETE FROM entity_fts WHERE rowid = (SELECT rowid FROM entities WHERE id = $p1);
            DELETE FROM entities WHERE id = $p1;
            """, keepId, removeId);
        var changes = w.Settle();
        tx.Commit();
        return changes;
    }

    private void MoveRelations(string keepId, string removeId)
    {
        var moved = S.Query(
            "SELECT id, type, subject_id, object_id, role, provenance FROM relations WHERE subject_id = $p0 OR object_id = $p0",
            r => (Id: r.GetString(0), Type: r.GetString(1), Subject: r.GetString(2), Object: r.GetString(3), Role: Rows.Text(r, 4), Provenance: r.GetInt32(5)),
            removeId);
        foreach (var rel in moved)
        {
            w.TouchRelation(rel.Id);
            var subject = rel.Subject == removeId ? keepId : rel.Subject;
            var obj = rel.Object == removeId ? keepId : rel.Object;
            if (subject == obj)
            {
                // A relation between the two merged entities would become a loop on one: it says nothing.
                S.Execute("DELETE FROM relations WHERE id = $p0", rel.Id);
                continue;
            }
            var symmetric = w.Ontology.Relation(rel.Type).Symmetric;
            var newId = GraphIds.Relation(rel.Type, subject, obj, rel.Role, symmetric);
            if (symmetric) (subject, obj) = WriteSession.Canonical(subject, obj);
            w.TouchRelation(newId);
            if (S.Count("SELECT count(*) FROM relations WHERE id = $p0", newId) > 0)
                S.Execute("""
                    UPDATE evidence SET relation_id = $p1 WHERE relation_id = $p0;
                    UPDATE relations SET provenance = max(provenance, $p2) WHERE id = $p1;
                    DELETE FROM relations WHERE id = $p0;
                    """, rel.Id, newId, rel.Provenance);
            else
                S.Execute("UPDATE relations SET id = $p1, subject_id = $p2, object_id = $p3 WHERE id = $p0", rel.Id, newId, subject, obj);
        }
    }

    private string TypeOf(string entityId) =>
        S.Scalar("SELECT type FROM entities WHERE id = $p0", entityId) as string ?? throw new GraphNotFoundException("entity", entityId);
}
