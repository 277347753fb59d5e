using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Store.Neo4j.Internal;

/// <summary>Conversions between result maps and model records, and the dates' stored form.</summary>
internal static class Values
{
    public static Entity Entity(IReadOnlyDictionary<string, object?> m)
    {
        var name = V.String(m.Get("name"), "entity name");
        // Aliases are stored with every surface form, the current name included; the port lists the others, sorted.
        var aliases = V.List(m.Get("aliases")).OfType<string>().Where(a => a != name).Distinct().Order(StringComparer.Ordinal).ToList();
        var eventType = V.StringOrNull(m.Get("eventType"));
        return new Entity(
            V.String(m.Get("id"), "entity id"), V.String(m.Get("type"), "entity type"), name, aliases,
            V.StringOrNull(m.Get("description")),
            eventType is null ? null : new EventDetails(eventType, Date(m.Get("date"))),
            V.StringOrNull(m.Get("externalId")));
    }

    public static Relation Relation(IReadOnlyDictionary<string, object?> m) => new(
        V.String(m.Get("id"), "relation id"), V.String(m.Get("type"), "relation type"),
        V.String(m.Get("subjectId"), "relation subject"), V.String(m.Get("objectId"), "relation object"),
        V.StringOrNull(m.Get("role")), Date(m.Get("date")),
        V.Double(m.Get("confidence") ?? 0.0, "relation confidence"), (int)V.Long(m.Get("evidenceCount") ?? 0L, "evidence count"),
        Enum.Parse<Provenance>(V.String(m.Get("provenance"), "relation provenance")),
        Enum.Parse<RelationStatus>(V.String(m.Get("status"), "relation status")),
        V.StringOrNull(m.Get("statusNote")));

    public static Evidence Evidence(IReadOnlyDictionary<string, object?> m) => new(
        V.String(m.Get("relationId"), "evidence relation"), V.String(m.Get("documentId"), "evidence document"),
        Int(m, "sentence"), Int(m, "spanStart"), Int(m, "spanEnd"),
        V.String(m.Get("text"), "evidence text"), V.String(m.Get("method"), "evidence method"), V.Double(m.Get("confidence"), "evidence confidence"));

    public static Mention Mention(IReadOnlyDictionary<string, object?> m) => new(
        V.String(m.Get("entityId"), "mention entity"), V.String(m.Get("documentId"), "mention document"),
        Int(m, "sentence"), Int(m, "spanStart"), Int(m, "spanEnd"),
        V.String(m.Get("text"), "mention text"), V.String(m.Get("method"), "mention method"), V.Double(m.Get("confidence"), "mention confidence"));

    /// <summary>A :Document node's fields as <see cref="Document(Row)"/> reads them, for RETURN over a node bound to d.</summary>
    public const string DocumentFields = "d.id AS id, d.title AS title, d.date AS date, d.source AS source, d.format AS format, d.text AS text";

    public static Document Document(Row r) =>
        new(r.String("id"), r.String("title"), Date(r["date"]), r.StringOrNull("source"), r.String("format"), r.String("text"));

    public static EdtfDate? Date(object? v) => v is string s ? EdtfDate.Parse(s) : null;

    /// <summary>Dates are stored as their EDTF text plus earliest and latest day numbers, which filters and sorting use.</summary>
    public static long? Earliest(EdtfDate? d) => d?.Earliest.DayNumber;

    public static long? Latest(EdtfDate? d) => d?.Latest.DayNumber;

    private static int Int(IReadOnlyDictionary<string, object?> m, string key) => (int)V.Long(m.Get(key), key);
}
