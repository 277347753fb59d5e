using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Applies and deletes one document's contribution, each in one explicit transaction.
///
/// The graph in Neo4j: (:Entity:&lt;Type&gt; {id, ...}) nodes joined by relationships of the ontology's types
/// ({id, role, date, confidence, evidenceCount, provenance, status}); (:Document) nodes with
/// -[:CONTRIBUTES {name, description, aliases, ...}]-> to each entity they name (the per-document facts an entity
/// is recomputed from) and -[:MENTIONS {span}]-> per mention. Evidence is a node, (:Evidence {relationId,
/// relationType, documentId, span, relationDate}), not a relationship property: a relationship cannot point at
/// another relationship, and a property can hold only a list of scalars, so a list of spans would be parallel
/// arrays that every re-apply and merge must splice. Nodes indexed on relationId and documentId make evidence
/// lists ordered reads and a document's removal one indexed delete.
/// </summary>
internal sealed class DocumentWrites(Vocabulary vocabulary, Settle settle)
{
    private Ontology Ontology => vocabulary.Ontology;

    public async Task<ApplyResult> ApplyAsync(Neo4jTransaction tx, DocumentGraph graph)
    {
        var doc = graph.Document;
        var graphHash = GraphHash.Of(graph);
        var existing = await tx.RunAsync(new Statement("read the stored document's hashes",
            "MATCH (d:Document {id: $id}) RETURN d.contentHash AS contentHash, d.graphHash AS graphHash", P.Of(("id", doc.Id))));
        var resolved = await ResolveAsync(tx, graph.Entities.Select(e => e.Id));
        string Resolve(string id) => resolved.GetValueOrDefault(id, id);

        if (existing.Rows.Count == 1 && existing.Rows[0].StringOrNull("contentHash") == doc.ContentHash && existing.Rows[0].StringOrNull("graphHash") == graphHash)
            return Count(graph, Resolve, unchanged: true, replaced: false);

        var touched = new Touched();
        var replaced = existing.Rows.Count == 1;
        if (replaced) await RemoveContributionAsync(tx, doc.Id, touched);

        await tx.RunAsync(new Statement("upsert the document", """
            MERGE (d:Document {id: $id})
            SET d += $properties
            """, P.Of(("id", doc.Id), ("properties", P.Of(
                ("title", doc.Title), ("date", doc.Date?.ToString()), ("dateEarliest", Values.Earliest(doc.Date)), ("dateLatest", Values.Latest(doc.Date)),
                ("source", doc.Source), ("format", doc.Format), ("text", doc.Text), ("length", doc.Text.Length),
                ("contentHash", doc.ContentHash), ("graphHash", graphHash))))));

        await WriteEntitiesAsync(tx, graph, Resolve, touched);
        await WriteRelationsAsync(tx, graph, Resolve, touched);
        await settle.RunAsync(tx, touched);
        return Count(graph, Resolve, unchanged: false, replaced);
    }

    public async Task DeleteAsync(Neo4jTransaction tx, string documentId)
    {
        var found = await tx.RunAsync(new Statement("find the document", "MATCH (d:Document {id: $id}) RETURN d.id AS id", P.Of(("id", documentId))));
        if (found.Rows.Count == 0) throw new GraphNotFoundException("document", documentId);
        var touched = new Touched();
        await RemoveContributionAsync(tx, documentId, touched);
        await tx.RunAsync(new Statement("delete the document", "MATCH (d:Document {id: $id}) DETACH DELETE d", P.Of(("id", documentId))));
        await settle.RunAsync(tx, touched);
    }

    /// <summary>The entity each id was merged into, for the ids a curator merged away.</summary>
    public static async Task<Dictionary<string, string>> ResolveAsync(Neo4jTransaction tx, IEnumerable<string> ids)
    {
        var result = await tx.RunAsync(new Statement("resolve merged entity ids", """
            UNWIND $ids AS id
            MATCH (m:MergedId {id: id})
            RETURN m.id AS id, m.keptId AS keptId
            """, P.Of(("ids", ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList()))));
        return result.Rows.ToDictionary(r => r.String("id"), r => r.String("keptId"), StringComparer.Ordinal);
    }

    private static async Task RemoveContributionAsync(Neo4jTransaction tx, string documentId, Touched touched)
    {
        var id = P.Of(("documentId", documentId));
        var evidence = await tx.RunAsync(new Statement("remove the document's evidence", """
            MATCH (ev:Evidence {documentId: $documentId})
            WITH ev, ev.relationId AS relationId, ev.relationType AS relationType
            DELETE ev
            RETURN DISTINCT relationId, relationType
            """, id));
        foreach (var row in evidence.Rows) touched.Relation(row.String("relationId"), row.String("relationType"));
        var named = await tx.RunAsync(new Statement("remove the document's entity contributions and mentions", $$"""
            MATCH (d:Document {id: $documentId})-[link:{{Vocabulary.Contributes}}|{{Vocabulary.Mentions}}]->(n:Entity)
            WITH link, n.id AS entityId
            DELETE link
            RETURN DISTINCT entityId
            """, id));
        foreach (var row in named.Rows) touched.Entity(row.String("entityId"));
    }

    private async Task WriteEntitiesAsync(Neo4jTransaction tx, DocumentGraph graph, Func<string, string> resolve, Touched touched)
    {
        var doc = graph.Document;
        // Records naming one entity (twice, or once under a merged-away id) make one contribution, as the SQLite
        // store's upsert does: the first name, the first non-null field of each kind, every surface form.
        var rows = new List<Dictionary<string, object?>>();
        var byId = new Dictionary<string, (Dictionary<string, object?> Contribution, List<string> Aliases, List<object?> Mentions)>(StringComparer.Ordinal);
        foreach (var e in graph.Entities)
        {
            var id = resolve(e.Id);
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = (P.Of(("name", e.Name), ("nameFolded", NameFolding.Fold(e.Name)), ("description", null), ("externalId", null),
                    ("eventType", null), ("date", null), ("dateEarliest", null), ("dateLatest", null)), [], []);
                byId[id] = entry;
                rows.Add(P.Of(("id", id), ("type", e.Type), ("contribution", entry.Contribution), ("mentions", entry.Mentions)));
            }
            var c = entry.Contribution;
            if (c.GetValueOrDefault("description") is null) c["description"] = e.Description;
            if (c.GetValueOrDefault("externalId") is null) c["externalId"] = e.ExternalId;
            if (c.GetValueOrDefault("eventType") is null) c["eventType"] = e.Event?.EventType;
            if (c.GetValueOrDefault("date") is null && e.Event?.Date is { } date)
                (c["date"], c["dateEarliest"], c["dateLatest"]) = (date.ToString(), Values.Earliest(date), Values.Latest(date));
            foreach (var alias in e.Aliases.Prepend(e.Name))
                if (!string.IsNullOrWhiteSpace(alias) && !entry.Aliases.Contains(alias)) entry.Aliases.Add(alias);
            foreach (var m in e.Mentions)
                entry.Mentions.Add(P.Of(("sentence", m.Sentence), ("spanStart", m.Start), ("spanEnd", m.End),
                    ("text", doc.Text[m.Start..m.End]), ("method", m.Method), ("confidence", m.Confidence)));
            touched.Entity(id);
        }
        foreach (var (_, (contribution, aliases, _)) in byId)
        {
            contribution["aliases"] = aliases;
            contribution["aliasesFolded"] = aliases.Select(NameFolding.Fold).ToList();
        }
        if (rows.Count == 0) return;

        // MERGE on the fixed :Entity label (its uniqueness constraint makes this a seek), then the type label apart:
        // a label cannot be a parameter, and MERGE on a dynamic label scans every node before 2025.11.
        await tx.RunAsync(new Statement("upsert entities with the document's contribution and mentions", $$"""
            MATCH (d:Document {id: $documentId})
            UNWIND $rows AS row
            MERGE (n:Entity {id: row.id})
              ON CREATE SET n.type = row.type, n.name = row.contribution.name, n.nameFolded = row.contribution.nameFolded,
                            n.nameCurated = false, n.descriptionCurated = false, n.curatedAliases = [], n.curatedAliasesFolded = []
            CREATE (d)-[c:{{Vocabulary.Contributes}}]->(n)
            SET c = row.contribution
            FOREACH (m IN row.mentions | CREATE (d)-[:{{Vocabulary.Mentions}} {sentence: m.sentence, spanStart: m.spanStart, spanEnd: m.spanEnd, text: m.text, method: m.method, confidence: m.confidence}]->(n))
            """, P.Of(("documentId", doc.Id), ("rows", rows))));
        foreach (var group in rows.GroupBy(r => (string)r["type"]!).OrderBy(g => g.Key, StringComparer.Ordinal))
            await tx.RunAsync(new Statement($"label {group.Key} entities", $$"""
                UNWIND $ids AS id
                MATCH (n:Entity {id: id})
                SET n:{{vocabulary.Label(group.Key)}}
                """, P.Of(("ids", group.Select(r => r["id"]).ToList()))));
    }

    private async Task WriteRelationsAsync(Neo4jTransaction tx, DocumentGraph graph, Func<string, string> resolve, Touched touched)
    {
        var doc = graph.Document;
        var relations = new Dictionary<string, List<Dictionary<string, object?>>>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var evidence = new List<Dictionary<string, object?>>();
        foreach (var r in graph.Relations)
        {
            var (subject, obj) = (resolve(r.SubjectId), resolve(r.ObjectId));
            // Two endpoints a curator merged into one: the relation would be a loop the merge already dropped.
            if (subject == obj && r.SubjectId != r.ObjectId) continue;
            var def = Ontology.Relation(r.Type);
            var id = GraphIds.Relation(r.Type, subject, obj, r.Role, def.Symmetric);
            if (def.Symmetric && string.CompareOrdinal(subject, obj) > 0) (subject, obj) = (obj, subject);
            if (seen.Add(id))
            {
                if (!relations.TryGetValue(r.Type, out var rows)) relations[r.Type] = rows = [];
                rows.Add(P.Of(("id", id), ("subjectId", subject), ("objectId", obj), ("role", r.Role)));
            }
            touched.Relation(id, r.Type);
            foreach (var s in r.Evidence)
                evidence.Add(P.Of(("relationId", id), ("relationType", r.Type), ("documentId", doc.Id),
                    ("sentence", s.Sentence), ("spanStart", s.Start), ("spanEnd", s.End), ("text", doc.Text[s.Start..s.End]),
                    ("method", s.Method), ("confidence", s.Confidence),
                    ("relationDate", r.Date?.ToString()), ("relationDateEarliest", Values.Earliest(r.Date)), ("relationDateLatest", Values.Latest(r.Date))));
        }
        // One statement per type: a relationship type cannot be a parameter. Score, date and count are settled afterwards.
        foreach (var (type, rows) in relations.OrderBy(p => p.Key, StringComparer.Ordinal))
            await tx.RunAsync(new Statement($"upsert {type} relations", $$"""
                UNWIND $rows AS row
                MATCH (s:Entity {id: row.subjectId})
                MATCH (o:Entity {id: row.objectId})
                MERGE (s)-[r:{{vocabulary.RelType(type)}} {id: row.id}]->(o)
                  ON CREATE SET r.role = row.role, r.provenance = 'Extracted', r.status = 'Unreviewed', r.confidence = 0.0, r.evidenceCount = 0
                """, P.Of(("rows", rows))));
        if (evidence.Count > 0)
            await tx.RunAsync(new Statement("add the document's evidence", """
                UNWIND $rows AS row
                CREATE (ev:Evidence)
                SET ev = row
                """, P.Of(("rows", evidence))));
    }

    private ApplyResult Count(DocumentGraph g, Func<string, string> resolve, bool unchanged, bool replaced)
    {
        var entities = g.Entities.Select(e => resolve(e.Id)).Distinct(StringComparer.Ordinal).Count();
        var relations = g.Relations
            .Select(r => (r, s: resolve(r.SubjectId), o: resolve(r.ObjectId)))
            .Where(x => !(x.s == x.o && x.r.SubjectId != x.r.ObjectId))
            .Select(x => GraphIds.Relation(x.r.Type, x.s, x.o, x.r.Role, Ontology.Relation(x.r.Type).Symmetric))
            .Distinct(StringComparer.Ordinal).Count();
        return new ApplyResult(g.Document.Id, unchanged, replaced, entities, relations,
            g.Entities.Sum(e => e.Mentions.Count), g.Relations.Sum(r => r.Evidence.Count));
    }
}
