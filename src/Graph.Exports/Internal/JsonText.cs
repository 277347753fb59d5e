using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;

namespace Graph.Exports.Internal;

internal static class JsonText
{
    // Non-ASCII letters stay readable ("Chávez", not "Ch\u00E1vez"); HTML-sensitive characters (< > & ' ") are
    // still escaped, so a file opened in a browser or pasted into a page cannot smuggle markup.
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
        Indented = true,
    };

    public static void Write(JsonNode node, Stream destination)
    {
        using var writer = new Utf8JsonWriter(destination, Options);
        node.WriteTo(writer);
    }

    /// <summary>Adds the property only when it has a value: absent means unknown or open, never an empty string.</summary>
    public static JsonObject Set(this JsonObject obj, string name, JsonNode? value)
    {
        if (value is not null) obj[name] = value;
        return obj;
    }

    public static JsonNode? Value(string? s) => s is null ? null : JsonValue.Create(s);
    public static JsonNode? Value(int? i) => i is null ? null : JsonValue.Create(i.Value);
    public static JsonNode? Value(double? d) => d is null ? null : JsonValue.Create(d.Value);

    /// <summary>The node fields every JSON export writes; <paramref name="typeKey"/> names the entity type's property.</summary>
    public static JsonObject WithNodeFields(this JsonObject obj, ExportNode n, string typeKey) => obj
        .Set(typeKey, Value(n.Type))
        .Set("distance", Value(n.Distance))
        .Set("degree", Value(n.Degree))
        .Set("eventType", Value(n.EventType))
        .Set("date", Value(n.Date?.ToString()))
        .Set("earliest", Value(DateBounds.StartIso(n.Date)))
        .Set("latest", Value(DateBounds.EndIso(n.Date)));

    /// <summary>The edge fields every JSON export writes after its own id, endpoint and type keys.</summary>
    public static JsonObject WithEdgeFields(this JsonObject obj, ExportEdge e) => obj
        .Set("weight", Value(e.Weight))
        .Set("role", Value(e.Role))
        .Set("date", Value(e.Date?.ToString()))
        .Set("earliest", Value(DateBounds.StartIso(e.Date)))
        .Set("latest", Value(DateBounds.EndIso(e.Date)))
        .Set("confidence", Value(e.Confidence));
}
