using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// A hash of a document's whole extraction (metadata, text, entities, relations, spans) in canonical JSON.
/// Stored on the document row: equal hashes mean a re-apply would change nothing.
/// </summary>
internal static class GraphHash
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new EdtfConverter() },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static string Of(DocumentGraph graph) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(graph, Options)));

    private sealed class EdtfConverter : JsonConverter<EdtfDate>
    {
        public override EdtfDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            EdtfDate.Parse(reader.GetString()!);

        public override void Write(Utf8JsonWriter writer, EdtfDate value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
