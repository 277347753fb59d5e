using System.Text.Json;
using System.Text.Json.Serialization;
using GraphQL;
using GraphQL.Execution;

namespace Graph.Api.Http;

/// <summary>
/// Writes an <see cref="ExecutionResult"/> as GraphQL.SystemTextJson's converter does, byte for byte, except that
/// strings, integers, booleans and floats are written straight to the writer. GraphQL.NET's converter calls
/// JsonSerializer.Serialize(object) for every leaf value, which looks the runtime type's contract up and sets up
/// a write stack each time; a 2-hop network has ~2,300 leaves. Every other value (JSON scalars, dates, errors,
/// extensions) still goes through the serializer with the same options. Registered first among the options'
/// converters, so it is the one chosen for ExecutionResult.
/// </summary>
internal sealed class ExecutionResultWriter : JsonConverter<ExecutionResult>
{
    public override bool CanConvert(Type typeToConvert) => typeof(ExecutionResult).IsAssignableFrom(typeToConvert);

    public override ExecutionResult Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("An execution result is only ever written; requests are read as GraphQLRequest.");

    public override void Write(Utf8JsonWriter writer, ExecutionResult value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Errors is { Count: > 0 } errors)
        {
            writer.WritePropertyName("errors");
            JsonSerializer.Serialize(writer, errors, options);
        }
        if (value.Executed)
        {
            writer.WritePropertyName("data");
            if (value.Data is ExecutionNode node) WriteNode(writer, node, options);
            else JsonSerializer.Serialize(writer, value.Data, options);
        }
        if (value.Extensions is { Count: > 0 } extensions)
        {
            writer.WritePropertyName("extensions");
            JsonSerializer.Serialize(writer, extensions, options);
        }
        writer.WriteEndObject();
    }

    private static void WriteNode(Utf8JsonWriter writer, ExecutionNode? node, JsonSerializerOptions options)
    {
        switch (node)
        {
            case ValueExecutionNode leaf:
                WriteValue(writer, leaf.ToValue(), options);
                break;
            case ObjectExecutionNode { SubFields: { } subFields }:
                writer.WriteStartObject();
                var naming = options.PropertyNamingPolicy;
                foreach (var child in subFields)
                {
                    writer.WritePropertyName(naming is null ? child.Name! : naming.ConvertName(child.Name!));
                    WriteNode(writer, child, options);
                }
                writer.WriteEndObject();
                break;
            case ArrayExecutionNode { Items: { } items }:
                writer.WriteStartArray();
                foreach (var child in items) WriteNode(writer, child, options);
                writer.WriteEndArray();
                break;
            case ArrayExecutionNode array:
                // A list of scalars GraphQL.NET serialized as a whole (no item nodes), or null.
                if (array.SerializedResult is { } serialized) JsonSerializer.Serialize<object?>(writer, serialized, options);
                else writer.WriteNullValue();
                break;
            case ObjectExecutionNode or NullExecutionNode or null:
                writer.WriteNullValue();
                break;
            default:
                JsonSerializer.Serialize(writer, node.ToValue(), options);
                break;
        }
    }

    /// <summary>The leaf types the serializer would write with its built-in converters; anything else goes to it.</summary>
    private static void WriteValue(Utf8JsonWriter writer, object? value, JsonSerializerOptions options)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case string s: writer.WriteStringValue(s); break;
            case int i: writer.WriteNumberValue(i); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case double d when double.IsFinite(d): writer.WriteNumberValue(d); break;
            case long l: writer.WriteNumberValue(l); break;
            default: JsonSerializer.Serialize(writer, value, options); break;
        }
    }
}
