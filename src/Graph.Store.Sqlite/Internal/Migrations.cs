using System.Globalization;
using System.Reflection;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// The schema's versioned DDL, graph-schema/sqlite/NNN_name.sql, embedded in this assembly.
/// The database's PRAGMA user_version is the number of the last script applied.
/// </summary>
internal static class Migrations
{
    private const string Prefix = "Graph.Store.Sqlite.Schema.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> All { get; } = Load();

    public static int Latest => All.Count == 0 ? 0 : All[^1].Version;

    private static IReadOnlyList<(int, string, string)> Load()
    {
        var assembly = Assembly.GetExecutingAssembly();
        var scripts = new List<(int, string, string)>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)))
        {
            var name = resource[Prefix.Length..];
            var underscore = name.IndexOf('_');
            if (underscore <= 0 || !int.TryParse(name.AsSpan(0, underscore), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
                throw new InvalidOperationException($"Schema script '{name}' is not named NNN_name.sql; rename it in graph-schema/sqlite/.");
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var reader = new StreamReader(stream);
            scripts.Add((version, name, reader.ReadToEnd()));
        }
        scripts.Sort((a, b) => a.Item1.CompareTo(b.Item1));
        for (var i = 0; i < scripts.Count; i++)
            if (scripts[i].Item1 != i + 1)
                throw new InvalidOperationException($"Schema script '{scripts[i].Item2}' breaks the sequence 1..{scripts.Count}; number the scripts in graph-schema/sqlite/ without gaps.");
        return scripts;
    }
}
