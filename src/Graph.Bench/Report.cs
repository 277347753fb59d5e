using System.Globalization;
using System.Text;

namespace Graph.Bench;

/// <summary>The result as a Markdown table that docs/benchmarks.md can take whole.</summary>
internal static class Report
{
    private const double MaxRatio = 3.0, MinApplyRate = 50_000, TimelineP50 = 5, NetworkP50 = 5, PathP50 = 20, MaxPeakBytes = 1L << 30;

    public static string Markdown(StoreBenchOptions options, StoreBenchResult r)
    {
        var sb = new StringBuilder();
        var g = options.Graph;
        sb.AppendLine(Invariant($"Graph: {r.Nodes:N0} nodes ({g.Entities:N0} entities, {g.EventCount:N0} events), {r.Relations:N0} relations in {r.Documents:N0} documents, seed {g.Seed}; {options.Iterations} timed calls per query after {options.Warmup} warm-up calls."));
        sb.AppendLine(Invariant($"Generating the documents took {r.GenerateTime.TotalSeconds:F1} s (not counted in apply time)."));
        sb.AppendLine();
        sb.AppendLine("| Figure | Store (SQLite) | Baseline (in-memory) | Store / baseline | Target | Met |");
        sb.AppendLine("| --- | ---: | ---: | ---: | --- | --- |");
        // A reused database was not applied in this run, so there is no apply figure.
        var storeRate = r.StoreApplyTime > TimeSpan.Zero ? r.Relations / r.StoreApplyTime.TotalSeconds : double.NaN;
        var baselineRate = r.Relations / r.BaselineApplyTime.TotalSeconds;
        if (double.IsNaN(storeRate))
            Row(sb, "bulk apply (relations/s)", "not measured (reused database)", Invariant($"{baselineRate:N0}"), double.NaN, "≥ 50,000 relations/s", null);
        else
            Row(sb, "bulk apply (relations/s)", Invariant($"{storeRate:N0}"), Invariant($"{baselineRate:N0}"), baselineRate / storeRate,
                "≥ 50,000 relations/s", storeRate >= MinApplyRate);
        foreach (var q in r.Queries)
        {
            var p50Target = q.Name.StartsWith("timeline", StringComparison.Ordinal) ? TimelineP50
                : q.Name.Contains("network", StringComparison.Ordinal) ? NetworkP50 : PathP50;
            var ratio = q.Store.P50 / q.Baseline.P50;
            Row(sb, $"{q.Name}: p50 (ms)", Ms(q.Store.P50), Ms(q.Baseline.P50), ratio,
                Invariant($"≤ {p50Target} ms and ≤ {MaxRatio}× baseline"), q.Store.P50 <= p50Target && ratio <= MaxRatio);
            var ratio99 = q.Store.P99 / q.Baseline.P99;
            Row(sb, $"{q.Name}: p99 (ms)", Ms(q.Store.P99), Ms(q.Baseline.P99), ratio99, Invariant($"≤ {MaxRatio}× baseline"), ratio99 <= MaxRatio);
        }
        Row(sb, "size (MB): database files vs baseline managed heap", Mb(r.DatabaseBytes), Mb(r.BaselineManagedBytes),
            (double)r.DatabaseBytes / r.BaselineManagedBytes, "—", null);
        Row(sb, "process peak working set (MB)", Mb(r.PeakWorkingSetBytes), "(same process)", double.NaN, "≤ 1024 MB", r.PeakWorkingSetBytes <= MaxPeakBytes);
        Row(sb, "peak working set after the store phase, before the baseline (MB)", Mb(r.PeakAfterApplyBytes), "—", double.NaN, "≤ 1024 MB", r.PeakAfterApplyBytes <= MaxPeakBytes);
        sb.AppendLine();
        sb.AppendLine("Cross-checks (the store answers what the baseline answers):");
        foreach (var q in r.Queries) sb.AppendLine($"- {q.Name}: {q.Agreement}");
        return sb.ToString();
    }

    private static void Row(StringBuilder sb, string name, string store, string baseline, double ratio, string target, bool? met) =>
        sb.AppendLine($"| {name} | {store} | {baseline} | {(double.IsNaN(ratio) ? "—" : Invariant($"{ratio:F2}×"))} | {target} | {(met is null ? "—" : met.Value ? "yes" : "**no**")} |");

    private static string Ms(double ms) => Invariant($"{ms:F3}");
    private static string Mb(long bytes) => Invariant($"{bytes / 1048576.0:N0}");
    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
