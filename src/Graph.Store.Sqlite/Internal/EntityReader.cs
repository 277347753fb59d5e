using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Entities with their aliases, one or many at a time.</summary>
internal static class EntityReader
{
    public static Dictionary<string, Entity> Load(Session s, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Entity>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        var json = Rows.Ids(ids);
        foreach (var e in s.Query($"SELECT {Rows.EntityColumns} FROM entities WHERE id IN (SELECT value FROM json_each($p0))", Rows.Entity, json))
            found[e.Id] = e;
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, alias) in s.Query(
            "SELECT DISTINCT entity_id, alias FROM entity_aliases WHERE entity_id IN (SELECT value FROM json_each($p0)) ORDER BY entity_id, alias",
            r => (r.GetString(0), r.GetString(1)), json))
        {
            if (!found.TryGetValue(id, out var e) || alias == e.Name) continue;
            if (!aliases.TryGetValue(id, out var list)) aliases[id] = list = [];
            list.Add(alias);
        }
        foreach (var (id, list) in aliases) found[id] = found[id] with { Aliases = list };
        return found;
    }

    public static Entity? One(Session s, string id) => Load(s, [id]).GetValueOrDefault(id);

    public static void MustExist(Session s, string id)
    {
        if (s.Count("SELECT count(*) FROM entities WHERE id = $p0", id) == 0) throw new GraphNotFoundException("entity", id);
    }

    /// <summary>Entities in the order of <paramref name="ids"/>, leaving out any a concurrent write removed.</summary>
    public static List<Entity> Ordered(Session s, IReadOnlyList<string> ids)
    {
        var loaded = Load(s, ids);
        return ids.Where(loaded.ContainsKey).Select(id => loaded[id]).ToList();
    }
}
