namespace Graph.Cli.Commands;

/// <summary>The texts of an evaluation folder paired with their gold files.</summary>
internal sealed record EvalSet(string TextDirectory, IReadOnlyList<(string Text, string Gold)> Pairs, IReadOnlyList<string> WithoutGold)
{
    /// <summary>
    /// Gold for NAME.txt is NAME.gold.json in <paramref name="goldDirectory"/> when given, else beside the text,
    /// else in a sibling gold/ folder (so seeds/texts finds seeds/gold).
    /// </summary>
    public static EvalSet Find(string directory, string? goldDirectory)
    {
        if (!Directory.Exists(directory)) throw new CliFailure($"{directory}: no such folder; give the folder holding NAME.txt files.");
        if (goldDirectory is not null && !Directory.Exists(goldDirectory)) throw new CliFailure($"{goldDirectory}: no such gold folder.");

        var sibling = Path.Combine(Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(directory)) ?? directory, "gold");
        var places = goldDirectory is not null ? [goldDirectory] : new[] { directory, sibling };

        var pairs = new List<(string, string)>();
        var without = new List<string>();
        foreach (var text in Directory.EnumerateFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(text) + ".gold.json";
            var gold = places.Select(p => Path.Combine(p, name)).FirstOrDefault(File.Exists);
            if (gold is null) without.Add(text);
            else pairs.Add((text, gold));
        }
        if (pairs.Count == 0)
            throw new CliFailure($"{directory}: no NAME.txt with a NAME.gold.json in {string.Join(" or ", places)}; pass --gold GOLDDIR.");
        return new EvalSet(directory, pairs, without);
    }
}
