using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Entities with their aliases, one or many at a time.</summary>
internal static class EntityReader
{
    // entity_aliases holds a row per alias per document, so a well-known entity has hundreds of rows for a
    // handful of aliases. This skips from one distinct alias to the next along entity_aliases_unique
    // (entity_id, alias, …): one index seek per alias instead of reading every row.
    private const string DistinctAliases = """
        WITH RECURSIVE ids(id) AS (SELECT DISTINCT value FROM json_each($p0)),
        a(entity_id, alias) AS (
          SELECT id, (SELECT x.alias FROM entity_aliases x WHERE x.entity_id = ids.id ORDER BY x.alias LIMIT 1) FROM ids
          UNION ALL
          SELECT a.entity_id, (SELECT x.alias FROM entity_aliases x WHERE x.entity_id = a.entity_id AND x.alias > a.alias ORDER BY x.alias LIMIT 1)
          FROM a WHERE a.alias IS NOT NULL)
        SELECT entity_id, alias FROM a WHERE alias IS NOT NULL ORDER BY entity_id, alias
        """;

    public static Dictionary<string, Entity> Load(Session s, IReadOnlyCollection<string> ids)
    {
        var found = new Dictionary<string, Entity>(ids.Count, StringComparer.Ordinal);
        if (ids.Count == 0) return found;
        var json = Rows.Ids(ids);
        foreach (var e in s.Query($"SELECT {Rows.EntityColumns} FROM entities WHERE id IN (SELECT value FROM json_each($p0))", Rows.Entity, json))
            found[e.Id] = e;
        var aliases = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (id, alias) in s.Query(
            DistinctAliases,
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
}
