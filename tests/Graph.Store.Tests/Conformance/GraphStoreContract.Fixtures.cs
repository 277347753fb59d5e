using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    protected const string HarneckerText =
        "Marta Harnecker advised the Chávez administration. Harnecker was born in Chile. Marta Harnecker wrote A World to Build.";

    protected static readonly string Harnecker = GraphIds.Entity("Person", "Marta Harnecker");
    protected static readonly string ChavezAdministration = GraphIds.Entity("Organization", "Chávez administration");
    protected static readonly string Chile = GraphIds.Entity("Place", "Chile");
    protected static readonly string AWorldToBuild = GraphIds.Entity("Work", "A World to Build");

    /// <summary>Three facts about Marta Harnecker from one short text.</summary>
    protected static DocumentGraph HarneckerDoc(string id = "doc-harnecker", string text = HarneckerText, double advisedConfidence = 0.8)
    {
        var b = new DocBuilder(id, text) { Date = EdtfDate.Parse("2005-07") };
        var marta = b.Entity("Person", "Marta Harnecker", "Chilean Marxist writer", "Harnecker");
        var admin = b.Entity("Organization", "Chávez administration");
        var chile = b.Entity("Place", "Chile");
        var book = b.Entity("Work", "A World to Build");
        b.Relate("ADVISED", marta, admin, advisedConfidence);
        b.Relate("FROM", marta, chile, 0.7);
        b.Relate("AUTHORED", marta, book, 0.9);
        return b.Build();
    }

    protected static string RelationId(string type, string subject, string obj, string? role = null) =>
        GraphIds.Relation(type, subject, obj, role, Ontology.Relation(type).Symmetric);

    protected async Task<List<Relation>> AllRelationsAsync(string entityId, IGraphStore? store = null) =>
        [.. (await (store ?? Store).GetRelationsAsync(new RelationQuery(entityId, IncludeRejected: true, Page: new PageRequest(PageRequest.MaxPageSize)))).Items];

    private static readonly JsonSerializerOptions SnapshotJson = new() { Converters = { new EdtfText() }, WriteIndented = true };

    /// <summary>Everything the port shows about the given entities and every document, as comparable text.</summary>
    protected static async Task<string> SnapshotAsync(IGraphStore store, IEnumerable<string> entityIds)
    {
        var ids = entityIds.Distinct().Order(StringComparer.Ordinal).ToList();
        var entities = await store.GetEntitiesAsync(ids);
        var parts = new List<object> { await store.GetStatsAsync() };
        foreach (var id in ids)
        {
            parts.Add(entities.TryGetValue(id, out var e) ? e : $"no entity {id}");
            if (e is null) continue;
            foreach (var r in (await store.GetRelationsAsync(new RelationQuery(id, IncludeRejected: true, Page: new PageRequest(PageRequest.MaxPageSize)))).Items)
            {
                parts.Add(r);
                parts.Add(await store.GetEvidenceAsync(r.Id));
            }
            parts.Add((await store.GetEntityMentionsAsync(id, new PageRequest(PageRequest.MaxPageSize))).Items);
        }
        foreach (var d in (await store.ListDocumentsAsync(new PageRequest(PageRequest.MaxPageSize))).Items)
        {
            parts.Add(d);
            parts.Add(await store.GetDocumentMentionsAsync(d.Id));
        }
        return JsonSerializer.Serialize(parts, SnapshotJson);
    }

    protected static Task<string> SnapshotAsync(IGraphStore store, DocumentGraph graph) =>
        SnapshotAsync(store, graph.Entities.Select(e => e.Id));

    private sealed class EdtfText : JsonConverter<EdtfDate>
    {
        public override EdtfDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => EdtfDate.Parse(reader.GetString()!);
        public override void Write(Utf8JsonWriter writer, EdtfDate value, JsonSerializerOptions options) => writer.WriteStringValue(value.ToString());
    }
}
