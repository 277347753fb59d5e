using Graph.Core.Model;
using Graph.Ingest;

namespace Graph.Bench;

/// <summary>
/// The seed texts repeated until the corpus holds the asked number of words. Each copy gets its own document id,
/// so nothing keyed by id can serve a copy from an earlier one; the texts themselves are the real seed texts.
/// </summary>
internal sealed record ExtractCorpus(IReadOnlyList<Document> Documents, long Words, int SeedTexts, long SeedWords)
{
    public static ExtractCorpus Build(string folder, int targetWords)
    {
        if (!Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The texts folder '{Path.GetFullPath(folder)}' does not exist; run from the repository root or pass --texts DIR.");
        var reader = new DocumentReader();
        var seeds = Directory.EnumerateFiles(folder, "*.txt").Order(StringComparer.Ordinal).Select(reader.ReadFile).ToList();
        var seedWords = seeds.Select(d => (long)CountWords(d.Text)).ToList();
        if (seedWords.Sum() == 0)
            throw new InvalidDataException($"The texts folder '{Path.GetFullPath(folder)}' holds no .txt file with words; the corpus is built by repeating them.");
        var documents = new List<Document>();
        long words = 0;
        for (var copy = 0; words < targetWords; copy++)
            for (var s = 0; s < seeds.Count && words < targetWords; s++)
            {
                if (seedWords[s] == 0) continue;
                documents.Add(seeds[s] with { Id = $"{seeds[s].Id}-copy{copy:D5}" });
                words += seedWords[s];
            }
        return new ExtractCorpus(documents, words, seeds.Count, seedWords.Sum());
    }

    /// <summary>Whitespace-separated words, the way <c>wc -w</c> counts them, so the figure is easy to check.</summary>
    public static int CountWords(string text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) count++;
            inWord = !space;
        }
        return count;
    }
}
