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

    private static Entity WithAliases(SqliteDataReader r)
    {
        var e = Rows.Entity(r);
        var aliases = JsonSerializer.Deserialize<List<string>>(r.GetString(7)) ?? [];
        aliases.Remove(e.Name);
        return aliases.Count == 0 ? e : e with { Aliases = aliases };
    }

    public static Entity? One(Session s, string id) => Load(s, [id]).GetValueOrDefault(id);

    public static void MustExist(Session s, string id)
    {
        if (s.Count("SELECT count(*) FROM entities WHERE id = $p0", id) == 0) throw new GraphNotFoundException("entity", id);
    }
}
