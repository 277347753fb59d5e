using System.Diagnostics;
using System.Globalization;
using Graph.Core.Schema;
using Graph.Extraction;
using Graph.Extraction.Output;
using Graph.Extraction.Pipeline;

namespace Graph.Bench;

internal sealed record ExtractBenchResult(
    IReadOnlyList<TimeSpan> BaselineRuns,
    IReadOnlyList<TimeSpan> ExtractionRuns,
    long Tokens,
    long Facts,
    IReadOnlyList<(string Name, TimeSpan Time)> Components);

/// <summary>
/// Times, on this thread, the extractor's tokenizer and sentence splitter alone (the floor any extraction pays)
/// and the whole default extractor, over the same documents. One warm-up pass of each comes first so the JIT and
/// the tokenizer's folding cache are warm in both; each timed run starts after a full collection.
/// </summary>
internal sealed class ExtractBenchmark(ExtractBenchOptions options, ExtractCorpus corpus, TextWriter log)
{
    public ExtractBenchResult Run()
    {
        var extractor = ExtractorFactory.CreateDefault();
        // The default extractor is the pipeline; its own first two components are the baseline, not copies of them.
        var pipeline = extractor as ExtractionPipeline
            ?? throw new InvalidOperationException($"ExtractorFactory.CreateDefault() returned {extractor.GetType().Name}, not the pipeline this benchmark profiles; update ExtractBenchmark.");
        var baseline = pipeline.Components.Where(c => c.Name is "tokenizer" or "sentences").ToArray();
        if (baseline.Length != 2 || baseline[0].Name != "tokenizer")
            throw new InvalidOperationException("The default pipeline no longer starts with components named 'tokenizer' then 'sentences'; update ExtractBenchmark's baseline.");

        log.WriteLine(Invariant($"corpus: {corpus.Documents.Count:N0} documents, {corpus.Words:N0} words ({corpus.SeedTexts} seed texts of {corpus.SeedWords:N0} words repeated)"));
        long tokens = 0, facts = 0;
        Time("warm-up baseline", () => tokens = Baseline(baseline));
        Time("warm-up extraction", () => facts = Extract(extractor));
        var baselineRuns = new List<TimeSpan>();
        var extractionRuns = new List<TimeSpan>();
        for (var r = 1; r <= options.Runs; r++)
        {
            baselineRuns.Add(Time($"run {r} baseline", () => Check(Baseline(baseline), tokens, "tokens")));
            extractionRuns.Add(Time($"run {r} extraction", () => Check(Extract(extractor), facts, "facts")));
        }
        var components = Profile(pipeline);
        return new ExtractBenchResult(baselineRuns, extractionRuns, tokens, facts, components);
    }

    private long Baseline(IComponent[] components)
    {
        long tokens = 0;
        foreach (var d in corpus.Documents)
        {
            var doc = new AnalyzedDocument(d);
            foreach (var c in components) c.Process(doc);
            tokens += doc.Tokens.Count + doc.Sentences.Count;
        }
        return tokens;
    }

    private long Extract(IExtractor extractor)
    {
        long facts = 0;
        foreach (var d in corpus.Documents)
        {
            var g = extractor.Extract(d);
            facts += g.Entities.Count + g.Relations.Count;
        }
        return facts;
    }

    /// <summary>
    /// One extra, untimed-as-a-whole pass that runs the pipeline's steps one by one with a clock around each,
    /// the same steps <see cref="ExtractionPipeline.Extract"/> runs, so the shares add up to a whole extraction.
    /// </summary>
    private List<(string, TimeSpan)> Profile(ExtractionPipeline pipeline)
    {
        var ticks = new long[pipeline.Components.Count + 1];
        GC.Collect();
        GC.WaitForPendingFinalizers();
        foreach (var d in corpus.Documents)
        {
            var doc = new AnalyzedDocument(d);
            for (var i = 0; i < pipeline.Components.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                pipeline.Components[i].Process(doc);
                ticks[i] += Stopwatch.GetTimestamp() - start;
            }
            var buildStart = Stopwatch.GetTimestamp();
            GraphBuilder.Build(doc, Ontology.Default);
            ticks[^1] += Stopwatch.GetTimestamp() - buildStart;
        }
        var names = pipeline.Components.Select((c, i) => $"{i + 1:D2} {c.Name} ({c.GetType().Name})").Append("graph builder (output)");
        return names.Zip(ticks, (n, t) => (n, Stopwatch.GetElapsedTime(0, t))).ToList();
    }

    // The figures must not drift between runs: a different count would mean the runs did different work.
    private static void Check(long actual, long expected, string what)
    {
        if (actual != expected)
            throw new InvalidOperationException($"A timed run produced {actual} {what} where the warm-up produced {expected}; the extractor is not deterministic and the runs are not comparable.");
    }

    private TimeSpan Time(string label, Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var sw = Stopwatch.StartNew();
        action();
        sw.Stop();
        log.WriteLine(Invariant($"{label}: {sw.Elapsed.TotalSeconds:F2} s, {corpus.Words / sw.Elapsed.TotalSeconds:N0} words/s"));
        return sw.Elapsed;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
