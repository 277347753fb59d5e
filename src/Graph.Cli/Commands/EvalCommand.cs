using Graph.Cli.Output;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Evaluation.Gold;
using Graph.Evaluation.Prediction;
using Graph.Evaluation.Scoring;
using Graph.Extraction;
using Graph.Ingest;

namespace Graph.Cli.Commands;

/// <summary>
/// eval DIR: extract every text that has gold, store it in a fresh SQLite file, read the prediction back and score it.
/// Going through the store measures what the graph really keeps; --no-store scores the extractor's output directly.
/// </summary>
internal static class EvalCommand
{
    public static async Task<int> RunAsync(ParsedArgs args, CliEnvironment env, CancellationToken cancellationToken)
    {
        var directory = env.FullPath(args.Single("eval", "a DIR of NAME.txt files"));
        var goldDirectory = args.Option("--gold") is { } g ? env.FullPath(g) : null;
        var set = EvalSet.Find(directory, goldDirectory);
        foreach (var text in set.WithoutGold)
            await env.Error.WriteLineAsync($"graph: skipping {text}: no gold file for it.");

        var reader = new DocumentReader();
        var extractor = env.CreateExtractor();
        var scorer = new Scorer();
        var scores = new List<DocumentScore>();
        var failures = 0;
        foreach (var (textPath, goldPath) in set.Pairs)
        {
            var gold = GoldJson.ReadFile(goldPath);
            var document = reader.ReadFile(textPath);
            if (gold.Document != document.Id)
                await env.Error.WriteLineAsync($"graph: {goldPath} is for document '{gold.Document}' but {textPath} has id '{document.Id}'; scoring them together anyway.");
            GoldDocument predicted;
            try
            {
                predicted = args.Flag("--no-store")
                    ? PredictionConverter.FromGraph(extractor.Extract(document))
                    : await ThroughStoreAsync(extractor, document, env, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A broken extraction scores as finding nothing, so the figures stay honest, and the run fails.
                failures++;
                var kind = e is GraphValidationException ? "the store refused the extraction" : $"extraction failed ({e.GetType().Name})";
                await env.Error.WriteLineAsync($"graph: {textPath}: {kind}: {e.Message}");
                predicted = new GoldDocument(gold.Document, [], [], []);
            }
            scores.Add(scorer.ScoreDocument(gold, predicted));
        }

        var report = ScoreReport.Sum(scores);
        if (args.Flag("--json"))
            await env.Out.WriteLineAsync(ScoreReportJson.ToJson(report).ToJsonString(GoldJson.Options));
        else
            ReportPrinter.Print(env.Out, report, set);
        return failures > 0 ? 1 : 0;
    }

    private static async Task<GoldDocument> ThroughStoreAsync(IExtractor extractor, Document document, CliEnvironment env, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Path.GetTempPath(), $"graph-eval-{Guid.NewGuid():N}.db");
        try
        {
            var store = await env.OpenStore(path, cancellationToken);
            try
            {
                await store.ApplyDocumentAsync(extractor.Extract(document), cancellationToken);
                return await PredictionConverter.FromStoreAsync(store, document.Id, cancellationToken: cancellationToken);
            }
            finally
            {
                await StoreLifetime.CloseAsync(store);
            }
        }
        finally
        {
            foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
                File.Delete(file);
        }
    }
}
