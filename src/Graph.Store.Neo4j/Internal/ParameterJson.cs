using System.Collections;
using System.Globalization;
using System.Text.Json;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Writes Query API request bodies. Map keys come out in ordinal order so that golden files are stable, and a
/// double always carries a decimal point: the Query API reads a JSON number without one as an Integer, and a
/// confidence of 1 stored as an Integer would compare and sum differently from 0.5 stored as a Float.
/// </summary>
internal static class ParameterJson
{
    public static byte[] Body(Statement? statement, bool readOnly)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            if (statement is not null)
            {
                w.WriteString("statement", statement.Cypher);
                w.WritePropertyName("parameters");
                Write(w, statement.Parameters);
            }
            if (readOnly) w.WriteString("accessMode", "Read");
            w.WriteEndObject();
        }
        return buffer.ToArray();
    }

    public static void Write(Utf8JsonWriter w, object? value)
    {
        switch (value)
        {
            case null: w.WriteNullValue(); break;
            case string s: w.WriteStringValue(s); break;
            case bool b: w.WriteBooleanValue(b); break;
            case int i: w.WriteNumberValue(i); break;
            case long l: w.WriteNumberValue(l); break;
            case double d:
                if (double.IsNaN(d) || double.IsInfinity(d))
                    throw new ArgumentException($"The number {d} cannot be sent to Neo4j as a parameter.");
                var text = d.ToString("R", CultureInfo.InvariantCulture);
                w.WriteRawValue(text.Contains('.') || text.Contains('E') ? text : text + ".0");
                break;
            case IReadOnlyDictionary<string, object?> map:
                w.WriteStartObject();
                foreach (var key in map.Keys.Order(StringComparer.Ordinal))
                {
                    w.WritePropertyName(key);
                    Write(w, map[key]);
                }
                w.WriteEndObject();
                break;
            case IEnumerable list:
                w.WriteStartArray();
                foreach (var item in list) Write(w, item);
                w.WriteEndArray();
                break;
            default:
                throw new ArgumentException($"A {value.GetType().Name} cannot be sent to Neo4j as a parameter; convert it to a string, number, list or map.");
        }
    }
}
