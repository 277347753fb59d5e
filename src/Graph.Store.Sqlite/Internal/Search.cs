using System.Text;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Entity search: prefix over folded names and aliases, or FTS5 full text ranked by bm25.</summary>
internal static class Search
{
    public static Page<EntityHit> Run(Session s, EntitySearch q)
    {
        var page = q.Page ?? new PageRequest();
        var offset = page.Validate();
        var types = q.Types is { Count: > 0 } ? q.Types.ToHashSet(StringComparer.Ordinal) : null;
        var hits = q.Mode == SearchMode.FullText ? FullText(s, q.Text) : Prefix(s, q.Text);
        var ranked = hits
            .Where(h => types is null || types.Contains(h.Type))
            .OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal)
            .ToList();
        var slice = ranked.Skip(offset).Take(page.First).ToList();
        var entities = EntityReader.Load(s, slice.Select(h => h.Id).ToList());
        var items = slice.Where(h => entities.ContainsKey(h.Id)).Select(h => new EntityHit(entities[h.Id], h.Score)).ToList();
        return Page<EntityHit>.FromSlice(items, offset, ranked.Count);
    }

    private readonly record struct Hit(string Id, string Type, double Score);

    /// <summary>Score: how much of the matched name the prefix covers, so an exact name ranks 1.0 and first.</summary>
    private static IEnumerable<Hit> Prefix(Session s, string text)
    {
        var folded = NameFolding.Fold(text);
        if (folded.Length == 0)
            throw new GraphValidationException($"Search text '{text}' is empty once case, accents and punctuation are folded; type a few letters of a name.");
        var rows = s.Query("""
            SELECT id, type, name_folded FROM entities WHERE name_folded >= $p0 AND name_folded < $p1
            UNION ALL
            SELECT a.entity_id, e.type, a.alias_folded FROM entity_aliases a JOIN entities e ON e.id = a.entity_id
            WHERE a.alias_folded >= $p0 AND a.alias_folded < $p1
            """, r => new Hit(r.GetString(0), r.GetString(1), (double)folded.Length / Math.Max(1, r.GetString(2).Length)),
            folded, folded + '\uffff');
        return rows.GroupBy(h => h.Id).Select(g => g.MaxBy(h => h.Score));
    }

    /// <summary>Every word of the text must occur (in name, aliases or description); bm25 weighs names above descriptions.</summary>
    private static IEnumerable<Hit> FullText(Session s, string text)
    {
        var words = SearchText.Words(text);
        if (words.Count == 0)
            throw new GraphValidationException($"Search text '{text}' has no words to look for; type a word from a name or description.");
        // Each word quoted, so that FTS5 operators in user text (AND, NEAR, *, ^) are taken literally.
        var match = string.Join(' ', words.Select(w => $"\"{w}\""));
        return s.Query("""
            SELECT e.id, e.type, -bm25(entity_fts, 10.0, 5.0, 1.0) FROM entity_fts JOIN entities e ON e.rowid = entity_fts.rowid
            WHERE entity_fts MATCH $p0
            """, r => new Hit(r.GetString(0), r.GetString(1), r.GetDouble(2)), match);
    }
}
