using Graph.Core.Schema;
using Graph.Core.Validation;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// The single writer: one connection, one transaction per unit of work, and the bookkeeping shared by
/// every write — which rows it touched, how relations are re-scored and orphans collected afterwards.
/// </summary>
internal sealed class WriteSession : IDisposable
{
    public WriteSession(SqliteConnection connection, GraphInputValidator validator, Func<Action<string>?> hook)
    {
        Session = new Session(connection);
        Validator = validator;
        _hook = hook;
        // Noisy-or of the evidence: 1 − Π(1 − cᵢ); a relation seen twice at 0.5 is 0.75 sure.
        connection.CreateAggregate("noisy_or", 1.0, (double acc, double c) => acc * (1 - c), acc => 1 - acc, isDeterministic: true);
        Session.Execute("""
            CREATE TEMP TABLE IF NOT EXISTS touched_rel(id TEXT PRIMARY KEY) WITHOUT ROWID;
            CREATE TEMP TABLE IF NOT EXISTS touched_ent(id TEXT PRIMARY KEY) WITHOUT ROWID;
            """);
    }

    private readonly Func<Action<string>?> _hook;

    public Session Session { get; }
    public GraphInputValidator Validator { get; }
    public Ontology Ontology => Validator.Ontology;
    public SemaphoreSlim Lock { get; } = new(1, 1);

    /// <summary>Test seam: lets a test fail a write between two of its steps.</summary>
    public void Step(string name) => _hook()?.Invoke(name);

    public Transaction Begin()
    {
        var tx = Session.Connection.BeginTransaction();
        Session.Transaction = tx;
        Session.Execute("DELETE FROM touched_rel; DELETE FROM touched_ent;");
        return new Transaction(this, tx);
    }

    public void TouchEntity(string id) => Session.Execute("INSERT OR IGNORE INTO touched_ent(id) VALUES ($p0)", id);

    public void TouchRelation(string id) => Session.Execute("INSERT OR IGNORE INTO touched_rel(id) VALUES ($p0)", id);

    /// <summary>The entity a merge folded <paramref name="id"/> into, or the id itself.</summary>
    public string Resolve(string id) => Session.Scalar("SELECT kept_id FROM entity_merges WHERE removed_id = $p0", id) as string ?? id;

    private static readonly (string Name, string Sql)[] SettleSteps =
    [
        ("scores", """
            UPDATE relations SET
                evidence_count = (SELECT count(*) FROM evidence WHERE relation_id = relations.id),
                confidence = CASE WHEN provenance = 1 THEN 1.0
                                  ELSE coalesce((SELECT noisy_or(confidence) FROM evidence WHERE relation_id = relations.id), 0) END
              WHERE id IN (SELECT id FROM touched_rel)
            """),
        ("relation-dates", """
            UPDATE relations SET (date, date_earliest, date_latest) = (
                  SELECT ev.relation_date, ev.relation_date_earliest, ev.relation_date_latest FROM evidence ev
                  WHERE ev.relation_id = relations.id AND ev.relation_date IS NOT NULL ORDER BY ev.document_id, ev.start LIMIT 1)
              WHERE id IN (SELECT id FROM touched_rel) AND (provenance = 0 OR date IS NULL)
            """),
        ("entity-fields", """
            UPDATE entities SET
                name = CASE WHEN name_curated = 1 THEN name
                            ELSE (SELECT d.name FROM document_entities d WHERE d.entity_id = entities.id ORDER BY d.document_id LIMIT 1) END,
                name_folded = CASE WHEN name_curated = 1 THEN name_folded
                            ELSE (SELECT d.name_folded FROM document_entities d WHERE d.entity_id = entities.id ORDER BY d.document_id LIMIT 1) END,
                description = CASE WHEN description_curated = 1 THEN description
                            ELSE (SELECT d.description FROM document_entities d WHERE d.entity_id = entities.id AND d.description IS NOT NULL ORDER BY d.document_id LIMIT 1) END,
                external_id = (SELECT d.external_id FROM document_entities d WHERE d.entity_id = entities.id AND d.external_id IS NOT NULL ORDER BY d.document_id LIMIT 1),
                event_type = (SELECT d.event_type FROM document_entities d WHERE d.entity_id = entities.id AND d.event_type IS NOT NULL ORDER BY d.document_id LIMIT 1)
              WHERE id IN (SELECT id FROM touched_ent) AND EXISTS (SELECT 1 FROM document_entities d WHERE d.entity_id = entities.id)
            """),
        ("entity-dates", """
            UPDATE entities SET (date, date_earliest, date_latest) = (
                  SELECT d.date, d.date_earliest, d.date_latest FROM document_entities d
                  WHERE d.entity_id = entities.id AND d.date IS NOT NULL ORDER BY d.document_id LIMIT 1)
              WHERE id IN (SELECT id FROM touched_ent) AND EXISTS (SELECT 1 FROM document_entities d WHERE d.entity_id = entities.id)
            """),
        ("orphan-endpoints", """
            INSERT OR IGNORE INTO touched_ent(id)
              SELECT subject_id FROM relations WHERE id IN (SELECT id FROM touched_rel) AND evidence_count = 0 AND provenance = 0
              UNION SELECT object_id FROM relations WHERE id IN (SELECT id FROM touched_rel) AND evidence_count = 0 AND provenance = 0
            """),
        ("orphan-relations", """
            DELETE FROM relations WHERE id IN (SELECT id FROM touched_rel) AND evidence_count = 0 AND provenance = 0
            """),
        ("fts-orphans", """
            DELETE FROM entity_fts WHERE rowid IN (SELECT rowid FROM entities WHERE id IN (SELECT id FROM touched_ent)
              AND NOT EXISTS (SELECT 1 FROM document_entities d WHERE d.entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.object_id = entities.id))
            """),
        ("orphan-entities", """
            DELETE FROM entities WHERE id IN (SELECT id FROM touched_ent)
              AND NOT EXISTS (SELECT 1 FROM document_entities d WHERE d.entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.subject_id = entities.id)
              AND NOT EXISTS (SELECT 1 FROM relations r WHERE r.object_id = entities.id)
            """),
        ("entity-aliases", """
            UPDATE entities SET aliases = (
                  SELECT json_group_array(alias) FROM (SELECT DISTINCT a.alias FROM entity_aliases a WHERE a.entity_id = entities.id ORDER BY a.alias))
              WHERE id IN (SELECT id FROM touched_ent)
            """),
        // Full text is rewritten only for entities whose name, aliases or description changed: on a bulk
        // load most touched entities are named again, unchanged, and FTS5 writes are the costly part.
        // Aliases come from entities.aliases, each once: a list built from entity_aliases' row per alias per
        // document grew with every document naming the entity, so its full-text row changed every time.
        ("fts-stale", """
            DELETE FROM entity_fts WHERE rowid IN (
              SELECT e.rowid FROM entities e JOIN entity_fts f ON f.rowid = e.rowid
              WHERE e.id IN (SELECT id FROM touched_ent)
                AND (f.name IS NOT e.name OR f.description IS NOT coalesce(e.description, '')
                     OR f.aliases IS NOT coalesce((SELECT group_concat(value, ' ') FROM json_each(e.aliases)), '')))
            """),
        ("fts-in", """
            INSERT INTO entity_fts(rowid, name, aliases, description)
              SELECT e.rowid, e.name, coalesce((SELECT group_concat(value, ' ') FROM json_each(e.aliases)), ''), coalesce(e.description, '')
              FROM entities e WHERE e.id IN (SELECT id FROM touched_ent)
                AND NOT EXISTS (SELECT 1 FROM entity_fts f WHERE f.rowid = e.rowid)
            """),
    ];

    /// <summary>
    /// Re-scores touched relations from their evidence, drops extracted ones left without any, drops
    /// entities left with no document, mention or relation, and refreshes full text for the rest.
    /// Returns the touched rows as they now are, for the topology cache.
    /// </summary>
    public TopologyChanges Settle()
    {
        foreach (var (name, sql) in SettleSteps)
        {
            Session.Execute(sql);
            Step("settle:" + name);
        }
        var changes = new TopologyChanges();
        changes.EntityIds.UnionWith(Session.Query("SELECT id FROM touched_ent", r => r.GetString(0)));
        changes.RelationIds.UnionWith(Session.Query("SELECT id FROM touched_rel", r => r.GetString(0)));
        changes.Nodes.AddRange(Session.Query(NodeRow.Select + " WHERE id IN (SELECT id FROM touched_ent)", NodeRow.Read));
        changes.Edges.AddRange(Session.Query(EdgeRow.Select + " WHERE id IN (SELECT id FROM touched_rel)", EdgeRow.Read));
        return changes;
    }

    /// <summary>A symmetric relation is stored with its endpoints in id order, as its id is made, whoever named it first.</summary>
    public static (string, string) Canonical(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);

    public void Dispose()
    {
        Session.Dispose();
        Lock.Dispose();
    }

    internal sealed class Transaction(WriteSession owner, SqliteTransaction tx) : IDisposable
    {
        public void Commit() => tx.Commit();

        public void Dispose()
        {
            owner.Session.Transaction = null;
            tx.Dispose(); // rolls back unless committed
        }
    }
}
