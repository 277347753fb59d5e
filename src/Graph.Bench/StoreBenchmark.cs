using System.Diagnostics;
using Graph.Bench.Baseline;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Synthetic;

namespace Graph.Bench;

internal sealed record QueryFigures(string Name, Latency Store, Latency Baseline, string Agreement);

internal sealed record StoreBenchResult(
    int Documents, long Relations, int Nodes,
    TimeSpan GenerateTime, TimeSpan StoreApplyTime, TimeSpan BaselineApplyTime,
    IReadOnlyList<QueryFigures> Queries,
    long DatabaseBytes, long BaselineManagedBytes, long PeakWorkingSetBytes, long PeakAfterApplyBytes);

/// <summary>
/// Applies the synthetic graph to the store, builds the baseline from the same documents, then runs the same
/// query inputs against both. Phases run one after the other in one process so that both see the same machine.
/// </summary>
internal sealed class StoreBenchmark(StoreBenchOptions options, TextWriter log)
{
    // Documents per ApplyDocumentsAsync call: about 10,000 relations, one commit each.
    private const int BatchDocuments = 500;
    private const int PageSize = 20, NetworkDepth = 2, NetworkNodes = 200, PathLength = 4;

    public async Task<StoreBenchResult> RunAsync()
    {
        var ontology = Ontology.Default;
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Create(options.Graph);
        var g = options.Graph;
        log.WriteLine($"graph: {graph.NodeCount} nodes ({g.Entities} entities, {g.EventCount} events) made in {clock.Elapsed.TotalSeconds:F1} s; {g.Relations} relations in about {g.DocumentCount} documents to come, seed {g.Seed}");

        var path = options.DatabasePath ?? Path.Combine(Path.GetTempPath(), $"graph-bench-{Environment.ProcessId}.db");
        var reuse = options.Reuse && File.Exists(path);
        if (!reuse) DeleteDatabase(path);
        try
        {
            await using var opened = await StoreFactory.OpenAsync(path);
            var store = StoreFactory.Port(opened);
            // Reusing a database kept from a run with the same options skips the apply phase, to profile queries alone.
            var (documents, relations, applyTime, generateTime) = reuse
                ? (0, (long)g.Relations, TimeSpan.Zero, TimeSpan.Zero)
                : await ApplyToStoreAsync(graph, store);
            var peakAfterApply = PeakWorkingSet();

            var (baseline, baselineTime, baselineBytes) = BuildBaseline(graph, ontology);
            log.WriteLine($"baseline: {baseline.NodeCount} nodes, {baseline.EdgeCount} edges in {baselineTime.TotalSeconds:F1} s, {baselineBytes / 1e6:F0} MB managed");

            var queries = new List<QueryFigures>();
            var inputs = new QueryInputs(baseline, ontology, options.Graph.Seed, options.Warmup + options.Iterations);
            queries.Add(await TimelineAtPlaceAsync(store, baseline, inputs));
            queries.Add(await TimelineOfParticipantAsync(store, baseline, inputs));
            queries.Add(await NetworkAsync(store, baseline, inputs));
            queries.Add(await PathAsync(store, baseline, inputs));

            return new StoreBenchResult(documents, relations, graph.NodeCount, generateTime, applyTime, baselineTime, queries,
                DatabaseBytes(path), baselineBytes, PeakWorkingSet(), peakAfterApply);
        }
        finally
        {
            if (!options.Keep) DeleteDatabase(path);
        }
    }

    private async Task<(int, long, TimeSpan, TimeSpan)> ApplyToStoreAsync(SyntheticGraph graph, IGraphStore store)
    {
        var (documents, relations, apply, total) = (0, 0L, TimeSpan.Zero, Stopwatch.StartNew());
        var expected = options.Graph.Relations;
        var nextReport = expected / 10;
        var batch = new List<Graph.Core.Model.DocumentGraph>(BatchDocuments);
        foreach (var doc in graph.Documents())
        {
            batch.Add(doc);
            if (batch.Count < BatchDocuments) continue;
            await ApplyBatchAsync();
        }
        if (batch.Count > 0) await ApplyBatchAsync();

        async Task ApplyBatchAsync()
        {
            // The batch is generated before the clock starts, so only the store's work is timed.
            var start = Stopwatch.GetTimestamp();
            var results = await store.ApplyDocumentsAsync(batch);
            apply += Stopwatch.GetElapsedTime(start);
            if (results.FirstOrDefault(r => r.Failed) is { } failed)
                throw new InvalidOperationException($"The store refused synthetic document '{failed.DocumentId}': {failed.Failure!.Message}", failed.Failure);
            documents += batch.Count;
            relations += batch.Sum(d => d.Relations.Count);
            batch.Clear();
            if (relations >= nextReport)
            {
                log.WriteLine($"store: {relations} relations in {documents} documents, {relations / apply.TotalSeconds:F0} relations/s so far");
                while (nextReport <= relations) nextReport += expected / 10;
            }
        }
        // What the loop spent outside the store was generating the documents.
        return (documents, relations, apply, total.Elapsed - apply);
    }

    private static (AdjacencyGraph, TimeSpan, long) BuildBaseline(SyntheticGraph graph, Ontology ontology)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var baseline = new AdjacencyGraph(ontology);
        var time = TimeSpan.Zero;
        foreach (var doc in graph.Documents())
        {
            var start = Stopwatch.GetTimestamp();
            baseline.Add(doc);
            time += Stopwatch.GetElapsedTime(start);
        }
        return (baseline, time, GC.GetTotalMemory(forceFullCollection: true) - before);
    }

    private async Task<QueryFigures> TimelineAtPlaceAsync(IGraphStore store, AdjacencyGraph baseline, QueryInputs inputs)
    {
        var totals = new int[inputs.Places.Length];
        var s = await Latency.MeasureAsync(options.Warmup, options.Iterations, async i =>
            totals[i] = (await store.GetTimelineAsync(new TimelineQuery(PlaceId: inputs.Places[i], Page: new PageRequest(PageSize)))).TotalCount);
        var mismatches = totals.Where((t, i) => t != baseline.TimelineAtPlace(inputs.Places[i], PageSize).Total).Count();
        var b = await Latency.MeasureAsync(options.Warmup, options.Iterations, i =>
        {
            baseline.TimelineAtPlace(inputs.Places[i], PageSize);
            return ValueTask.CompletedTask;
        });
        return new QueryFigures("timeline page at a place (with places inside it)", s, b, Agreement(mismatches, "event totals differ"));
    }

    private async Task<QueryFigures> TimelineOfParticipantAsync(IGraphStore store, AdjacencyGraph baseline, QueryInputs inputs)
    {
        var totals = new int[inputs.Actors.Length];
        var s = await Latency.MeasureAsync(options.Warmup, options.Iterations, async i =>
            totals[i] = (await store.GetTimelineAsync(new TimelineQuery(Participants: [inputs.Actors[i]], Page: new PageRequest(PageSize)))).TotalCount);
        var mismatches = totals.Where((t, i) => t != baseline.TimelineOfParticipant(inputs.Actors[i], PageSize).Total).Count();
        var b = await Latency.MeasureAsync(options.Warmup, options.Iterations, i =>
        {
            baseline.TimelineOfParticipant(inputs.Actors[i], PageSize);
            return ValueTask.CompletedTask;
        });
        return new QueryFigures("timeline page of a participant", s, b, Agreement(mismatches, "event totals differ"));
    }

    private async Task<QueryFigures> NetworkAsync(IGraphStore store, AdjacencyGraph baseline, QueryInputs inputs)
    {
        long storeNodes = 0, baselineNodes = 0, storeEdges = 0, baselineEdges = 0;
        var s = await Latency.MeasureAsync(options.Warmup, options.Iterations, async i =>
        {
            var network = await store.GetNetworkAsync(new NetworkQuery([inputs.Centers[i]], NetworkDepth, NodeLimit: NetworkNodes));
            storeNodes += network.Nodes.Count;
            storeEdges += network.Edges.Count;
        });
        var b = await Latency.MeasureAsync(options.Warmup, options.Iterations, i =>
        {
            var (nodes, edges, _) = baseline.Network(inputs.Centers[i], NetworkDepth, NetworkNodes);
            baselineNodes += nodes.Count;
            baselineEdges += edges.Count;
            return ValueTask.CompletedTask;
        });
        var calls = (double)(options.Warmup + options.Iterations);
        return new QueryFigures($"{NetworkDepth}-hop network (≤ {NetworkNodes} nodes)", s, b,
            $"mean nodes/edges: store {storeNodes / calls:F0}/{storeEdges / calls:F0}, baseline {baselineNodes / calls:F0}/{baselineEdges / calls:F0}");
    }

    private async Task<QueryFigures> PathAsync(IGraphStore store, AdjacencyGraph baseline, QueryInputs inputs)
    {
        // Lengths are compared after timing, so the store's figures hold only the store's work.
        var lengths = new int[inputs.Pairs.Length];
        var s = await Latency.MeasureAsync(options.Warmup, options.Iterations, async i =>
        {
            var paths = await store.FindPathsAsync(new PathQuery(inputs.Pairs[i].From, inputs.Pairs[i].To, PathLength, First: 1));
            lengths[i] = paths.Count > 0 ? paths[0].Length : -1;
        });
        var found = lengths.Count(l => l >= 0);
        var expected = inputs.Pairs.Select(p => baseline.ShortestPath(p.From, p.To, PathLength)?.Count - 1 ?? -1).ToArray();
        var differ = Enumerable.Range(0, lengths.Length).Where(i => lengths[i] != expected[i]).ToArray();
        var mismatches = differ.Length;
        if (differ.Length > 0)
        {
            var (i, p) = (differ[0], inputs.Pairs[differ[0]]);
            var shown = baseline.ShortestPath(p.From, p.To, PathLength) is { } path ? string.Join(" — ", path) : "none";
            log.WriteLine($"path mismatch, e.g. {p.From} → {p.To}: store length {lengths[i]}, baseline {expected[i]} ({shown}); -1 means no path");
        }
        var b = await Latency.MeasureAsync(options.Warmup, options.Iterations, i =>
        {
            baseline.ShortestPath(inputs.Pairs[i].From, inputs.Pairs[i].To, PathLength);
            return ValueTask.CompletedTask;
        });
        var share = found * 100.0 / (options.Warmup + options.Iterations);
        return new QueryFigures($"shortest path (≤ {PathLength} hops)", s, b, $"{share:F0}% of pairs connected; {Agreement(mismatches, "path lengths differ")}");
    }

    private string Agreement(int mismatches, string what) =>
        mismatches == 0 ? "store and baseline agree on every input" : $"{mismatches} of {options.Warmup + options.Iterations} inputs: {what}";

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static long DatabaseBytes(string path) =>
        new[] { path, path + "-wal", path + "-shm" }.Where(File.Exists).Sum(p => new FileInfo(p).Length);

    private static void DeleteDatabase(string path)
    {
        foreach (var p in new[] { path, path + "-wal", path + "-shm" })
            if (File.Exists(p)) File.Delete(p);
    }
}
