using System.Text;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Applies graph-schema/neo4j/*.cypher (embedded) at start-up, in file order, one auto-commit statement at a time
/// (schema commands cannot share a transaction with data). Every statement says IF NOT EXISTS, so running it
/// again is a no-op; a rule that exists in another form fails with a message saying which and what to do.
/// </summary>
internal static class SchemaInstaller
{
    private const string Prefix = "Graph.Store.Neo4j.Schema.";

    public static IReadOnlyList<Statement> Statements()
    {
        var assembly = typeof(SchemaInstaller).Assembly;
        var statements = new List<Statement>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = $"graph-schema/neo4j/{name[Prefix.Length..]}";
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var i = 0;
            foreach (var text in Split(reader.ReadToEnd()))
                statements.Add(new Statement($"schema statement {++i} of {file}", text));
        }
        return statements;
    }

    /// <summary>Statements end with ';' at the end of a line; whole-line // comments are dropped.</summary>
    public static IEnumerable<string> Split(string script)
    {
        var current = new StringBuilder();
        foreach (var raw in script.Split('\n'))
        {
            var line = raw.TrimEnd('\r', ' ', '\t');
            if (line.TrimStart().StartsWith("//", StringComparison.Ordinal) || line.Length == 0) continue;
            if (line.EndsWith(';'))
            {
                current.Append(line[..^1]);
                yield return current.ToString().Trim();
                current.Clear();
            }
            else current.Append(line).Append('\n');
        }
        if (current.ToString().Trim() is { Length: > 0 } rest) yield return rest;
    }

    public static async Task ApplyAsync(QueryApiClient client, CancellationToken ct)
    {
        foreach (var statement in Statements()) await client.RunAutoCommitAsync(statement, ct);
    }
}
