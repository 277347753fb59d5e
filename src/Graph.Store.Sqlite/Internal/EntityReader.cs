using System.Text.Json;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;
using Graph.Core.Schema;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Entities with their aliases, one or many at a time.</summary>
internal static class EntityReader
{
    public static Dictionary<string, Entity> Load(Session s, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Entity>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        // One query: the distinct aliases are kept on the entity row (see 003_entity_aliases_column.sql).
        foreach (var e in s.Query($"SELECT {Rows.EntityColumns}, aliases FROM entities WHERE id IN (SELECT value FROM json_each($p0))", WithAliases, Rows.Ids(ids)))
            found[e.Id] = e;
        return found;
    }

    private const string JsonSpace = " \t\r\n";

    private static Entity WithAliases(SqliteDataReader r)
    {
        var e = Rows.Entity(r);
        var json = r.GetString(7);
        var aliases = PlainStrings(json) ?? JsonSerializer.Deserialize<List<string>>(json) ?? [];
        aliases.Remove(e.Name);
        return aliases.Count == 0 ? e : e with { Aliases = aliases };
    }

    /// <summary>
    /// The aliases column as SQLite's json_group_array writes it, read without the JSON serializer, which was a
    /// tenth of reading a 2-hop network's 200 entities. Without a backslash no string can hold a quote, so the
    /// quotes delimit the values exactly; anything else (escapes, unexpected shape) returns null and goes to the
    /// serializer.
    /// </summary>
    internal static List<string>? PlainStrings(string json)
    {
        var text = json.AsSpan().Trim(JsonSpace);
        if (text.Length < 2 || text[0] != '[' || text[^1] != ']' || text.Contains('\\')) return null;
        var list = new List<string>();
        var rest = text[1..^1].Trim(JsonSpace);
        while (!rest.IsEmpty)
        {
            if (rest[0] != '"') return null;
            var end = rest[1..].IndexOf('"');
            if (end < 0) return null;
            list.Add(rest.Slice(1, end).ToString());
            rest = rest[(end + 2)..].TrimStart(JsonSpace);
            if (rest.IsEmpty) break;
            if (rest[0] != ',') return null;
            rest = rest[1..].TrimStart(JsonSpace);
            if (rest.IsEmpty) return null; // a trailing comma
        }
        return list;
    }

    public static Entity? One(Session s, string id) => Load(s, [id]).GetValueOrDefault(id);

    public static void MustExist(Session s, string id)
    {
        if (s.Count("SELECT count(*) FROM entities WHERE id = $p0", id) == 0) throw new GraphNotFoundException("entity", id);
    }
}
