namespace Graph.Evaluation.Scoring;

/// <summary>
/// A maximum bipartite matching (Kuhn's augmenting paths). A greedy first-fit can pair a gold item with the
/// only prediction another gold item could have used and so undercount; augmenting paths never do.
/// Sizes are a few dozen per document, so O(V·E) is nothing.
/// </summary>
internal static class BipartiteMatcher
{
    /// <summary>For each gold item the index of its predicted partner, or -1. Candidates earlier in a list are preferred.</summary>
    public static int[] Match(int goldCount, int predictedCount, Func<int, int, bool> matches, Func<int, int, bool>? preferred = null)
    {
        var candidates = new List<int>[goldCount];
        for (var g = 0; g < goldCount; g++)
        {
            var list = new List<int>();
            for (var p = 0; p < predictedCount; p++)
                if (matches(g, p)) list.Add(p);
            // Preferred pairs (an exact date) come first so that ties resolve towards them.
            if (preferred is not null) list = list.OrderBy(p => preferred(g, p) ? 0 : 1).ToList();
            candidates[g] = list;
        }

        var goldOf = Enumerable.Repeat(-1, predictedCount).ToArray();
        for (var g = 0; g < goldCount; g++)
            Augment(g, new bool[predictedCount]);

        var partner = Enumerable.Repeat(-1, goldCount).ToArray();
        for (var p = 0; p < predictedCount; p++)
            if (goldOf[p] >= 0) partner[goldOf[p]] = p;
        return partner;

        bool Augment(int g, bool[] visited)
        {
            foreach (var p in candidates[g])
            {
                if (visited[p]) continue;
                visited[p] = true;
                if (goldOf[p] < 0 || Augment(goldOf[p], visited))
                {
                    goldOf[p] = g;
                    return true;
                }
            }
            return false;
        }
    }
}
