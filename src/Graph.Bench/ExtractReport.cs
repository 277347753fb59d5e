using System.Globalization;
using System.Text;

namespace Graph.Bench;

/// <summary>The extraction benchmark's result as Markdown that docs/benchmarks.md can take whole.</summary>
internal static class ExtractReport
{
    private const double TargetWordsPerSecond = 100_000;

    public static string Markdown(ExtractBenchOptions options, ExtractCorpus corpus, ExtractBenchResult r)
    {
        var baseline = corpus.Words / Median(r.BaselineRuns).TotalSeconds;
        var extraction = corpus.Words / Median(r.ExtractionRuns).TotalSeconds;
        var sb = new StringBuilder();
        sb.AppendLine(Invariant($"Corpus: {corpus.Words:N0} words (whitespace-separated, as `wc -w` counts) in {corpus.Documents.Count:N0} documents: the {corpus.SeedTexts} seed texts ({corpus.SeedWords:N0} words) repeated, each copy with its own id. One thread; one warm-up pass, then {options.Runs} timed runs of each; median shown."));
        sb.AppendLine();
        sb.AppendLine("| Figure | Value |");
        sb.AppendLine("| --- | ---: |");
        sb.AppendLine(Invariant($"| baseline: tokenizer + sentence splitter (words/s, median) | {baseline:N0} |"));
        sb.AppendLine(Invariant($"| full extraction, `ExtractorFactory.CreateDefault()` (words/s, median) | {extraction:N0} |"));
        sb.AppendLine(Invariant($"| extraction / baseline throughput | {extraction / baseline:F3} (extraction takes {baseline / extraction:F1}× the baseline's time) |"));
        sb.AppendLine(Invariant($"| runs (s), baseline | {string.Join(", ", r.BaselineRuns.Select(t => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)))} |"));
        sb.AppendLine(Invariant($"| runs (s), extraction | {string.Join(", ", r.ExtractionRuns.Select(t => t.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture)))} |"));
        sb.AppendLine(Invariant($"| target ≥ {TargetWordsPerSecond:N0} words/s on one core | {(extraction >= TargetWordsPerSecond ? "met" : "not met")} |"));
        sb.AppendLine();
        var total = r.Components.Sum(c => c.Time.Ticks);
        sb.AppendLine("Time per pipeline step (one extra pass with a clock around each step):");
        sb.AppendLine();
        sb.AppendLine("| Step | Time (s) | Share |");
        sb.AppendLine("| --- | ---: | ---: |");
        foreach (var (name, time) in r.Components.OrderByDescending(c => c.Time))
            sb.AppendLine(Invariant($"| {name} | {time.TotalSeconds:F2} | {100.0 * time.Ticks / total:F1} % |"));
        return sb.ToString();
    }

    private static TimeSpan Median(IReadOnlyList<TimeSpan> runs)
    {
        var sorted = runs.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
