using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Core.Validation;

namespace Graph.Store.Neo4j.Internal;

/// <summary>What a curator changes by hand: asserted relations, statuses, entity fields, merges; each one transaction.</summary>
internal sealed class CurationWrites(Vocabulary vocabulary, GraphInputValidator validator, Settle settle, Reads reads)
{
    private Ontology Ontology => vocabulary.Ontology;

    public async Task<Relation> AddRelationAsync(Neo4jTransaction tx, CuratedRelation c)
    {
        var at = $"curated relation ({c.SubjectId} {c.Type} {c.ObjectId})";
        var def = validator.RelationType(c.Type, at);
        var resolved = await DocumentWrites.ResolveAsync(tx, [c.SubjectId, c.ObjectId]);
        var subject = resolved.GetValueOrDefault(c.SubjectId, c.SubjectId);
        var obj = resolved.GetValueOrDefault(c.ObjectId, c.ObjectId);
        var types = await TypesOfAsync(tx, [subject, obj]);
        validator.Validate(c, TypeOf(types, subject), TypeOf(types, obj));
        var id = GraphIds.Relation(c.Type, subject, obj, c.Role, def.Symmetric);
        if (def.Symmetric && string.CompareOrdinal(subject, obj) > 0) (subject, obj) = (obj, subject);
        await tx.RunAsync(new Statement($"assert a curated {c.Type} relation", $$"""
            MATCH (s:Entity {id: $subjectId})
            MATCH (o:Entity {id: $objectId})
            MERGE (s)-[r:{{vocabulary.RelType(c.Type)}} {id: $id}]->(o)
              ON CREATE SET r.role = $role, r.date = $date, r.dateEarliest = $dateEarliest, r.dateLatest = $dateLatest,
                            r.provenance = 'Curated', r.status = $status, r.statusNote = $note, r.confidence = 1.0, r.evidenceCount = 0
              ON MATCH SET r.provenance = 'Curated', r.status = $status, r.statusNote = coalesce($note, r.statusNote),
                           r.dateEarliest = CASE WHEN $date IS NULL THEN r.dateEarliest ELSE $dateEarliest END,
                           r.dateLatest = CASE WHEN $date IS NULL THEN r.dateLatest ELSE $dateLatest END,
                           r.date = coalesce($date, r.date)
            """, P.Of(("subjectId", subject), ("objectId", obj), ("id", id), ("role", c.Role), ("date", c.Date?.ToString()),
                ("dateEarliest", Values.Earliest(c.Date)), ("dateLatest", Values.Latest(c.Date)),
                ("status", nameof(RelationStatus.Accepted)), ("note", c.Note))));
        var touched = new Touched();
        touched.Relation(id, c.Type);
        await settle.RunAsync(tx, touched);
        return (await reads.RelationAsync(tx.RunAsync, id))!;
    }

    public async Task<Relation> SetStatusAsync(Neo4jTransaction tx, string relationId, RelationStatus status, string? note)
    {
        if (!Enum.IsDefined(status))
            throw new GraphValidationException($"Relation status {(int)status} is not one of {string.Join(", ", Enum.GetNames<RelationStatus>())}.");
        var found = await reads.RelationAsync(tx.RunAsync, relationId) ?? throw new GraphNotFoundException("relation", relationId);
        await tx.RunAsync(new Statement("set a relation's status", $$"""
            MATCH (:Entity)-[r:{{vocabulary.RelType(found.Type)}} {id: $id}]->(:Entity)
            SET r.status = $status, r.statusNote = $note
            """, P.Of(("id", relationId), ("status", status.ToString()), ("note", note))));
        var touched = new Touched();
        touched.Relation(relationId, found.Type);
        await settle.RunAsync(tx, touched);
        return (await reads.RelationAsync(tx.RunAsync, relationId))!;
    }

    public async Task<Entity> UpdateEntityAsync(Neo4jTransaction tx, string entityId, EntityUpdate update)
    {
        TypeOf(await TypesOfAsync(tx, [entityId]), entityId);
        await tx.RunAsync(new Statement("update an entity's curated fields", """
            MATCH (n:Entity {id: $id})
            SET n.name = coalesce($name, n.name),
                n.nameCurated = CASE WHEN $name IS NULL THEN n.nameCurated ELSE true END,
                n.nameFolded = coalesce($nameFolded, n.nameFolded),
                n.description = coalesce($description, n.description),
                n.descriptionCurated = CASE WHEN $description IS NULL THEN n.descriptionCurated ELSE true END
            """, P.Of(("id", entityId), ("name", update.Name), ("nameFolded", update.Name is null ? null : NameFolding.Fold(update.Name)),
                ("description", update.Description))));
        if (update.Aliases is not null)
        {
            // The curator's list replaces every alias; a later ingest of a changed document adds its surface forms back.
            var aliases = update.Aliases.Distinct(StringComparer.Ordinal).ToList();
            await tx.RunAsync(new Statement("replace an entity's aliases", $$"""
                MATCH (n:Entity {id: $id})
                SET n.curatedAliases = $aliases, n.curatedAliasesFolded = $aliasesFolded
                WITH n
                OPTIONAL MATCH (:Document)-[c:{{Vocabulary.Contributes}}]->(n)
                SET c.aliases = [], c.aliasesFolded = []
                """, P.Of(("id", entityId), ("aliases", aliases), ("aliasesFolded", aliases.Select(NameFolding.Fold).ToList()))));
        }
        var touched = new Touched();
        touched.Entity(entityId);
        await settle.RunAsync(tx, touched);
        return (await reads.EntitiesAsync(tx.RunAsync, [entityId]))[entityId];
    }

    public async Task<Entity> MergeAsync(Neo4jTransaction tx, string keepId, string removeId)
    {
        var types = await TypesOfAsync(tx, [keepId, removeId]);
        var (keepType, removeType) = (TypeOf(types, keepId), TypeOf(types, removeId));
        if (keepType != removeType)
            throw new GraphValidationException($"Cannot merge '{removeId}' ({removeType}) into '{keepId}' ({keepType}): only entities of one type can be merged.");
        var ids = P.Of(("keepId", keepId), ("removeId", removeId));
        var touched = new Touched();
        touched.Entity(keepId);
        touched.Entity(removeId);

        await tx.RunAsync(new Statement("move mentions to the kept entity", $$"""
            MATCH (k:Entity {id: $keepId})
            MATCH (d:Document)-[m:{{Vocabulary.Mentions}}]->(:Entity {id: $removeId})
            CREATE (d)-[moved:{{Vocabulary.Mentions}}]->(k)
            SET moved = properties(m)
            DELETE m
            """, ids));
        // A document that names both keeps its contribution to the kept entity and adds the other's surface forms.
        await tx.RunAsync(new Statement("move document contributions to the kept entity", $$"""
            MATCH (k:Entity {id: $keepId})
            MATCH (d:Document)-[c:{{Vocabulary.Contributes}}]->(:Entity {id: $removeId})
            OPTIONAL MATCH (d)-[kc:{{Vocabulary.Contributes}}]->(k)
            FOREACH (_ IN CASE WHEN kc IS NULL THEN [1] ELSE [] END |
              CREATE (d)-[moved:{{Vocabulary.Contributes}}]->(k) SET moved = properties(c))
            FOREACH (_ IN CASE WHEN kc IS NULL THEN [] ELSE [1] END |
              SET kc.aliases = kc.aliases + c.aliases, kc.aliasesFolded = kc.aliasesFolded + c.aliasesFolded)
            DELETE c
            """, ids));
        await tx.RunAsync(new Statement("fold the removed entity's names and fields into the kept one", """
            MATCH (k:Entity {id: $keepId})
            MATCH (r:Entity {id: $removeId})
            SET k.nameCurated = true,
                k.curatedAliases = coalesce(k.curatedAliases, []) + coalesce(r.curatedAliases, []) + [r.name],
                k.curatedAliasesFolded = coalesce(k.curatedAliasesFolded, []) + coalesce(r.curatedAliasesFolded, []) + [r.nameFolded],
                k.description = coalesce(k.description, r.description),
                k.externalId = coalesce(k.externalId, r.externalId),
                k.eventType = coalesce(k.eventType, r.eventType),
                k.dateEarliest = CASE WHEN k.date IS NULL THEN r.dateEarliest ELSE k.dateEarliest END,
                k.dateLatest = CASE WHEN k.date IS NULL THEN r.dateLatest ELSE k.dateLatest END,
                k.date = coalesce(k.date, r.date)
            """, ids));
        await MoveRelationsAsync(tx, keepId, removeId, touched);
        await tx.RunAsync(new Statement("remember the merge", """
            OPTIONAL MATCH (earlier:MergedId {keptId: $removeId})
            SET earlier.keptId = $keepId
            WITH count(*) AS redirected
            MERGE (m:MergedId {id: $removeId})
            SET m.keptId = $keepId
            """, ids));
        await tx.RunAsync(new Statement("delete the removed entity", $$"""
            MATCH (r:Entity {id: $removeId})
            CALL (r) { MATCH (r)-[:{{Vocabulary.HasAlias}}]->(a:Alias) DETACH DELETE a }
            DETACH DELETE r
            """, ids));
        await settle.RunAsync(tx, touched);
        return (await reads.EntitiesAsync(tx.RunAsync, [keepId]))[keepId];
    }

    private async Task MoveRelationsAsync(Neo4jTransaction tx, string keepId, string removeId, Touched touched)
    {
        var moved = await tx.RunAsync(new Statement("list the removed entity's relations", $$"""
            MATCH (:Entity {id: $removeId})-[r:{{vocabulary.RelTypes()}}]-(:Entity)
            RETURN DISTINCT {{Vocabulary.RelationMap("r")}} AS relation
            ORDER BY relation.id
            """, P.Of(("removeId", removeId))));
        foreach (var rel in moved.Rows.Select(r => Values.Relation(r.Map("relation"))))
        {
            touched.Relation(rel.Id, rel.Type);
            var type = vocabulary.RelType(rel.Type);
            var subject = rel.SubjectId == removeId ? keepId : rel.SubjectId;
            var obj = rel.ObjectId == removeId ? keepId : rel.ObjectId;
            if (subject == obj)
            {
                // A relation between the two merged entities would become a loop on one: it says nothing.
                await tx.RunAsync(new Statement($"drop a {rel.Type} relation between the merged entities", $$"""
                    MATCH (:Entity)-[r:{{type}} {id: $id}]->(:Entity)
                    DELETE r
                    WITH count(*) AS dropped
                    MATCH (ev:Evidence {relationId: $id})
                    DELETE ev
                    """, P.Of(("id", rel.Id))));
                continue;
            }
            var symmetric = Ontology.Relation(rel.Type).Symmetric;
            var newId = GraphIds.Relation(rel.Type, subject, obj, rel.Role, symmetric);
            if (symmetric && string.CompareOrdinal(subject, obj) > 0) (subject, obj) = (obj, subject);
            touched.Relation(newId, rel.Type);
            // Either the kept entity already has this relation (the moved one's evidence joins it, curated wins),
            // or the relation is re-created between the new endpoints under its new id.
            await tx.RunAsync(new Statement($"move a {rel.Type} relation to the kept entity", $$"""
                MATCH (:Entity)-[old:{{type}} {id: $oldId}]->(:Entity)
                MATCH (s:Entity {id: $subjectId})
                MATCH (o:Entity {id: $objectId})
                OPTIONAL MATCH (:Entity)-[existing:{{type}} {id: $newId}]->(:Entity)
                FOREACH (_ IN CASE WHEN existing IS NULL THEN [1] ELSE [] END |
                  CREATE (s)-[moved:{{type}}]->(o) SET moved = properties(old), moved.id = $newId)
                FOREACH (_ IN CASE WHEN existing IS NULL THEN [] ELSE [1] END |
                  SET existing.provenance = CASE WHEN existing.provenance = 'Curated' OR old.provenance = 'Curated' THEN 'Curated' ELSE 'Extracted' END)
                DELETE old
                WITH count(*) AS done
                MATCH (ev:Evidence {relationId: $oldId})
                SET ev.relationId = $newId
                """, P.Of(("oldId", rel.Id), ("newId", newId), ("subjectId", subject), ("objectId", obj))));
        }
    }

    private static async Task<Dictionary<string, string>> TypesOfAsync(Neo4jTransaction tx, IReadOnlyList<string> ids)
    {
        var rows = await tx.RunAsync(new Statement("read entity types", """
            UNWIND $ids AS id
            MATCH (n:Entity {id: id})
            RETURN n.id AS id, n.type AS type
            """, P.Of(("ids", ids.Distinct(StringComparer.Ordinal).ToList()))));
        return rows.Rows.ToDictionary(r => r.String("id"), r => r.String("type"), StringComparer.Ordinal);
    }

    private static string TypeOf(Dictionary<string, string> types, string id) =>
        types.TryGetValue(id, out var t) ? t : throw new GraphNotFoundException("entity", id);
}
