using System.Diagnostics;
using Graph.Bench.Baseline;
using Graph.Core.Schema;
using Graph.Synthetic;

namespace Graph.Bench;

/// <summary>
/// The make-db verb: builds the synthetic graph's database once, for benchmarks that run elsewhere (the API
/// benchmark, api-bench.sh). Beside it go the query inputs the store benchmark draws (<see cref="QueryInputs"/>),
/// one id per line, so an HTTP load generator asks about the same well-connected entities.
/// </summary>
internal static class MakeDatabase
{
    public const int InputCount = 1000;

    public static async Task<int> RunAsync(string path, SyntheticGraphOptions options, TextWriter log)
    {
        if (File.Exists(path))
        {
            Console.Error.WriteLine($"{path} already exists; delete it (and its -wal/-shm files) or choose another path.");
            return 2;
        }
        var clock = Stopwatch.StartNew();
        var graph = SyntheticGraph.Create(options);
        log.WriteLine($"graph: {graph.NodeCount} nodes, {options.Relations} relations in about {options.DocumentCount} documents, seed {options.Seed}");

        await using (var store = await StoreFactory.OpenAsync(path))
        {
            var (documents, relations, nextReport) = (0, 0L, options.Relations / 10);
            foreach (var batch in graph.Documents().Chunk(100))
            {
                var results = await StoreFactory.Port(store).ApplyDocumentsAsync(batch);
                if (results.FirstOrDefault(r => r.Failed) is { } failed)
                    throw new InvalidOperationException($"The store refused synthetic document '{failed.DocumentId}': {failed.Failure!.Message}", failed.Failure);
                documents += batch.Length;
                relations += batch.Sum(d => d.Relations.Count);
                if (relations >= nextReport)
                {
                    log.WriteLine($"store: {relations} relations in {documents} documents after {clock.Elapsed.TotalSeconds:F0} s");
                    while (nextReport <= relations) nextReport += options.Relations / 10;
                }
            }
        }

        var baseline = new AdjacencyGraph(Ontology.Default);
        foreach (var doc in graph.Documents()) baseline.Add(doc);
        var inputs = new QueryInputs(baseline, Ontology.Default, options.Seed, InputCount);
        await File.WriteAllLinesAsync(path + ".actors.txt", inputs.Actors);
        await File.WriteAllLinesAsync(path + ".centers.txt", inputs.Centers);
        log.WriteLine($"wrote {path} and its inputs ({path}.actors.txt, {path}.centers.txt) in {clock.Elapsed.TotalSeconds:F0} s");
        return 0;
    }
}
