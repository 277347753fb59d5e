using Graph.Cli.Output;
using Graph.Evaluation.Gold;
using Graph.Evaluation.Prediction;
using Graph.Ingest;

namespace Graph.Cli.Commands;

/// <summary>extract FILE [--json]: one document through the extractor, printed for a person or as gold-format JSON with evidence.</summary>
internal static class ExtractCommand
{
    public static async Task<int> RunAsync(ParsedArgs args, CliEnvironment env)
    {
        var file = env.FullPath(args.Single("extract", "a FILE to read"));
        if (!File.Exists(file)) throw new CliFailure($"{file}: no such file.");
        var document = new DocumentReader().ReadFile(file);
        var graph = env.CreateExtractor().Extract(document);
        var prediction = PredictionConverter.FromGraph(graph, withEvidence: true);
        if (args.Flag("--json"))
            await env.Out.WriteLineAsync(GoldJson.Write(prediction));
        else
            ExtractionPrinter.Print(env.Out, document, prediction);
        return 0;
    }
}
