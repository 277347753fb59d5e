using System.Text;
using Graph.Core.Identity;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Entity search, ranked and paged like the SQLite store: prefix over folded names and aliases (range indexes on
/// :Entity(nameFolded) and :Alias(folded)), or full text over the entity_text index (names above aliases above
/// descriptions). Hits are ranked here and only the page's entities are loaded.
/// </summary>
internal sealed class Search(Reads reads)
{
    public const string FullTextIndex = "entity_text";

    public async Task<Page<EntityHit>> RunAsync(Run run, EntitySearch q)
    {
        var page = q.Page ?? new PageRequest();
        var offset = page.Validate();
        var types = q.Types is { Count: > 0 } ? q.Types.Distinct().Order(StringComparer.Ordinal).ToList() : null;
        var hits = q.Mode == SearchMode.FullText ? await FullTextAsync(run, q.Text, types) : await PrefixAsync(run, q.Text, types);
        var ranked = hits.OrderByDescending(h => h.Score).ThenBy(h => h.Id, StringComparer.Ordinal).ToList();
        var slice = ranked.Skip(offset).Take(page.First).ToList();
        var entities = await reads.EntitiesAsync(run, slice.Select(h => h.Id).ToList());
        var items = slice.Where(h => entities.ContainsKey(h.Id)).Select(h => new EntityHit(entities[h.Id], h.Score)).ToList();
        return Page<EntityHit>.FromSlice(items, offset, ranked.Count);
    }

    private readonly record struct Hit(string Id, double Score);

    /// <summary>Score: how much of the matched name the prefix covers, so an exact name ranks 1.0 and first.</summary>
    private static async Task<List<Hit>> PrefixAsync(Run run, string text, List<string>? types)
    {
        var folded = NameFolding.Fold(text);
        if (folded.Length == 0)
            throw new GraphValidationException($"Search text '{text}' is empty once case, accents and punctuation are folded; type a few letters of a name.");
        var result = await run(new Statement("search names by prefix", $$"""
            CALL () {
              MATCH (n:Entity) WHERE n.nameFolded STARTS WITH $prefix RETURN n, n.nameFolded AS matched
              UNION ALL
              MATCH (n:Entity)-[:{{Vocabulary.HasAlias}}]->(a:Alias) WHERE a.folded STARTS WITH $prefix RETURN n, a.folded AS matched
            }
            WITH n, matched WHERE $types IS NULL OR n.type IN $types
            RETURN n.id AS id, collect(matched) AS matched
            """, P.Of(("prefix", folded), ("types", types))));
        return result.Rows.Select(r => new Hit(r.String("id"),
            r.List("matched").OfType<string>().Max(m => (double)folded.Length / Math.Max(1, m.Length)))).ToList();
    }

    /// <summary>Every word must occur, in the name, an alias or the description; names weigh most.</summary>
    private static async Task<List<Hit>> FullTextAsync(Run run, string text, List<string>? types)
    {
        var words = SearchText.Words(text);
        if (words.Count == 0)
            throw new GraphValidationException($"Search text '{text}' has no words to look for; type a word from a name or description.");
        var result = await run(new Statement("search names, aliases and descriptions in full text", """
            CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
            WHERE $types IS NULL OR node.type IN $types
            RETURN node.id AS id, score
            """, P.Of(("index", FullTextIndex), ("query", LuceneQuery(words)), ("types", types))));
        return result.Rows.Select(r => new Hit(r.String("id"), r.Double("score"))).ToList();
    }

    /// <summary>+(name:"w"^10 aliasText:"w"^5 description:"w") per word, each word escaped: user text is never Lucene syntax.</summary>
    public static string LuceneQuery(IEnumerable<string> words) => string.Join(' ', words.Select(w =>
    {
        var term = $"\"{EscapeLucene(w)}\"";
        return $"+(name:{term}^10 aliasText:{term}^5 description:{term})";
    }));

    public static string EscapeLucene(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if ("\\+-!():^[]\"{}~*?|&/".Contains(c)) sb.Append('\\');
            sb.Append(c);
        }
        return sb.ToString();
    }
}
