namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// One Cypher statement and its parameters. <see cref="Operation"/> names it in errors and golden files;
/// it never reaches the server. Every value is a parameter; only whitelisted labels, relationship types and
/// validated integer bounds are part of <see cref="Cypher"/> (see <see cref="Vocabulary"/>).
/// </summary>
internal sealed record Statement(string Operation, string Cypher, IReadOnlyDictionary<string, object?> Parameters)
{
    public Statement(string operation, string cypher) : this(operation, cypher, new Dictionary<string, object?>()) { }
}

/// <summary>Builds parameter maps tersely: P.Of(("id", id), ("name", name)).</summary>
internal static class P
{
    public static Dictionary<string, object?> Of(params (string Name, object? Value)[] values)
    {
        var map = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in values) map[name] = value;
        return map;
    }
}
