using System.Globalization;
using System.Text.Json;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// The rows of one Query API response, with every value turned into plain .NET values: null, string, bool,
/// long, double, List&lt;object?&gt; or Dictionary&lt;string, object?&gt;. Plain JSON and typed JSON
/// (application/vnd.neo4j.query, where every value is {"$type", "_value"}) read the same way.
/// </summary>
internal sealed class QueryResult(IReadOnlyList<string> fields, IReadOnlyList<Row> rows)
{
    public IReadOnlyList<string> Fields { get; } = fields;
    public IReadOnlyList<Row> Rows { get; } = rows;

    public static QueryResult Empty { get; } = new([], []);

    /// <summary>Reads data.fields and data.values (a list of rows, each an array in field order).</summary>
    public static QueryResult Parse(JsonElement root, bool typed)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object) return Empty;
        var fields = data.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array
            ? f.EnumerateArray().Select(x => x.GetString() ?? "").ToList()
            : [];
        var index = fields.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);
        var rows = new List<Row>();
        if (data.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
            foreach (var row in values.EnumerateArray())
                rows.Add(new Row(index, row.EnumerateArray().Select(v => typed ? Typed(v) : Plain(v)).ToArray()));
        return new QueryResult(fields, rows);
    }

    /// <summary>Plain JSON: a number is an Integer unless its text has a fraction or exponent (a Float 1.0 may come as 1).</summary>
    public static object? Plain(JsonElement v) => v.ValueKind switch
    {
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        JsonValueKind.String => v.GetString(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Number => v.TryGetInt64(out var l) ? l : v.GetDouble(),
        JsonValueKind.Array => v.EnumerateArray().Select(Plain).ToList(),
        _ => v.EnumerateObject().ToDictionary(p => p.Name, p => Plain(p.Value), StringComparer.Ordinal),
    };

    /// <summary>Typed JSON: Integer and Float values are strings, so 64-bit integers and floats keep their exact values.</summary>
    public static object? Typed(JsonElement v)
    {
        if (v.ValueKind != JsonValueKind.Object || !v.TryGetProperty("$type", out var t)) return Plain(v);
        var value = v.TryGetProperty("_value", out var x) ? x : default;
        return t.GetString() switch
        {
            "Null" => null,
            "Boolean" => value.ValueKind == JsonValueKind.String ? bool.Parse(value.GetString()!) : value.GetBoolean(),
            "Integer" => value.ValueKind == JsonValueKind.String ? long.Parse(value.GetString()!, CultureInfo.InvariantCulture) : value.GetInt64(),
            "Float" => value.ValueKind == JsonValueKind.String ? ParseFloat(value.GetString()!) : value.GetDouble(),
            "List" => value.EnumerateArray().Select(Typed).ToList(),
            "Map" => value.EnumerateObject().ToDictionary(p => p.Name, p => Typed(p.Value), StringComparer.Ordinal),
            "Node" => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["elementId"] = value.GetProperty("_element_id").GetString(),
                ["labels"] = value.GetProperty("_labels").EnumerateArray().Select(l => (object?)l.GetString()).ToList(),
                ["properties"] = value.TryGetProperty("_properties", out var props) ? Typed(Wrap(props)) : null,
            },
            // Strings, temporals, durations, points and bytes: their text is what the store needs.
            _ => value.ValueKind == JsonValueKind.String ? value.GetString() : Plain(value),
        };
    }

    private static double ParseFloat(string s) => s switch
    {
        "NaN" => double.NaN,
        "Infinity" => double.PositiveInfinity,
        "-Infinity" => double.NegativeInfinity,
        _ => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture),
    };

    // A node's _properties is a map of typed values without its own {"$type": "Map"} wrapper.
    private static JsonElement Wrap(JsonElement properties) =>
        JsonDocument.Parse($"{{\"$type\":\"Map\",\"_value\":{properties.GetRawText()}}}").RootElement;
}

/// <summary>One result row; values read by field name, with conversions that say what was expected when they fail.</summary>
internal sealed class Row(IReadOnlyDictionary<string, int> index, object?[] values)
{
    public object? this[string field] =>
        index.TryGetValue(field, out var i) ? values[i] : throw new InvalidOperationException($"The Neo4j result has no field '{field}'.");

    public string String(string field) => V.String(this[field], field);
    public string? StringOrNull(string field) => V.StringOrNull(this[field]);
    public long Long(string field) => V.Long(this[field], field);
    public double Double(string field) => V.Double(this[field], field);
    public bool Bool(string field) => this[field] is true;
    public IReadOnlyList<object?> List(string field) => V.List(this[field]);
    public IReadOnlyDictionary<string, object?> Map(string field) => V.Map(this[field], field);
}

/// <summary>Conversions of parsed values, shared by rows and by the maps inside them.</summary>
internal static class V
{
    public static string String(object? v, string what) =>
        v as string ?? throw new InvalidOperationException($"Neo4j returned {Describe(v)} for {what}, where a string was expected.");

    public static string? StringOrNull(object? v) => v as string;

    public static long Long(object? v, string what) => v switch
    {
        long l => l,
        double d when d == Math.Floor(d) => (long)d,
        _ => throw new InvalidOperationException($"Neo4j returned {Describe(v)} for {what}, where an integer was expected."),
    };

    public static double Double(object? v, string what) => v switch
    {
        double d => d,
        long l => l,
        _ => throw new InvalidOperationException($"Neo4j returned {Describe(v)} for {what}, where a number was expected."),
    };

    public static IReadOnlyList<object?> List(object? v) => v as IReadOnlyList<object?> ?? (v is null ? [] : [v]);

    public static IReadOnlyDictionary<string, object?> Map(object? v, string what) =>
        v as IReadOnlyDictionary<string, object?>
            ?? throw new InvalidOperationException($"Neo4j returned {Describe(v)} for {what}, where a map was expected.");

    public static object? Get(this IReadOnlyDictionary<string, object?> map, string key) => map.TryGetValue(key, out var v) ? v : null;

    private static string Describe(object? v) => v is null ? "null" : $"a {v.GetType().Name} ({v})";
}
