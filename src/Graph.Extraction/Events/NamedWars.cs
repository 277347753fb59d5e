using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

/// <summary>
/// A war known by its name, "the War of the Pacific", "the War of the Thousand Days": the capitalized trigger that
/// heads a name is a war, though triggers are otherwise lower case ("March 15" is a date). The words after "of" are
/// part of the war's name, not a place or body of their own ("the Pacific" here is no ocean the text speaks of), so
/// the mentions found inside are dropped, and an entity left with no mention with them.
/// </summary>
internal static class NamedWars
{
    public static HashSet<int> Find(AnalyzedDocument doc, KnowledgeBase kb)
    {
        var starts = new HashSet<int>();
        var tokens = doc.Tokens;
        foreach (var s in doc.Sentences)
            for (var t = s.FirstToken; t + 2 < s.EndToken; t++)
            {
                if (!tokens[t].IsCapitalized || tokens[t + 1].Lower != "of") continue;
                if (kb.Triggers.MatchAt(tokens, t, t + 1).FirstOrDefault().Values?.FirstOrDefault() is not { EventType: "War" }) continue;
                var k = tokens[t + 2].Lower == "the" ? t + 3 : t + 2;
                var end = k;
                while (end < s.EndToken && tokens[end].IsWord && tokens[end].IsCapitalized) end++;
                if (end == k) continue;
                starts.Add(t);
                Drop(doc, t + 2, end);
            }
        return starts;
    }

    private static void Drop(AnalyzedDocument doc, int from, int end)
    {
        var inside = doc.Mentions.Where(m => m.FirstToken >= from && m.EndToken <= end).ToList();
        foreach (var m in inside)
        {
            doc.Mentions.Remove(m);
            if (m.Entity is not { } e) continue;
            e.Mentions.Remove(m);
            if (e.Mentions.Count == 0) doc.Entities.Remove(e);
        }
    }
}
