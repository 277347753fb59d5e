using Graph.Cli.Output;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Ingest;

namespace Graph.Cli.Commands;

/// <summary>
/// ingest PATH... [--db FILE]: every readable file into the store, in batches of documents, each document all-or-nothing.
/// A bad file is reported with its reason and skipped; the good ones are still stored; the exit code says something failed.
/// </summary>
internal static class IngestCommand
{
    public const string DefaultDatabase = "data/graph.db";

    private const int BatchSize = 64;

    public static async Task<int> RunAsync(ParsedArgs args, CliEnvironment env, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count == 0) throw new UsageException("ingest needs at least one PATH (a file or a folder).");
        var database = env.FullPath(args.Option("--db") ?? DefaultDatabase);
        var failures = new List<string>();
        var files = Collect(args.Positionals.Select(env.FullPath), failures);

        // Graph__Store=Neo4j sends the documents to Neo4j, as it does for the API; otherwise the embedded store at --db.
        var (store, where) = await env.ConfiguredStore().OpenAsync(database, cancellationToken);
        try
        {
            var before = await store.GetStatsAsync(cancellationToken);
            var reader = new DocumentReader();
            var extractor = env.CreateExtractor();
            int added = 0, replaced = 0, unchanged = 0;
            var seenIds = new Dictionary<string, string>(StringComparer.Ordinal);
            using var progress = new ProgressBar(env.Error, files.Count, enabled: env.ErrorIsTerminal && files.Count >= ProgressBar.MinimumItems);
            // Documents go to the store in batches (one transaction each, every document still all-or-nothing):
            // a commit per file would be most of an ingest's time.
            var pending = new List<(string File, Graph.Core.Model.DocumentGraph Graph)>(BatchSize);
            async Task FlushAsync()
            {
                if (pending.Count == 0) return;
                var results = await store.ApplyDocumentsAsync(pending.Select(p => p.Graph).ToList(), cancellationToken);
                for (var i = 0; i < results.Count; i++)
                {
                    var result = results[i];
                    if (result.Failure is { } failure) failures.Add($"{pending[i].File}: {failure.Message}");
                    else if (result.Unchanged) unchanged++;
                    else if (result.Replaced) replaced++;
                    else added++;
                }
                pending.Clear();
            }
            foreach (var file in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                progress.Step(Path.GetFileName(file));
                try
                {
                    var document = reader.ReadFile(file);
                    // Two files with one id replace each other; say so rather than lose the first silently.
                    if (!seenIds.TryAdd(document.Id, file))
                        await env.Error.WriteLineAsync($"graph: warning: {file} has document id '{document.Id}' like {seenIds[document.Id]} and replaces it; give each file its own 'id:'.");
                    pending.Add((file, extractor.Extract(document)));
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // DocumentReadException already starts with the file; other errors (the extractor failing) do not.
                    failures.Add(e is DocumentReadException ? e.Message : $"{file}: {e.Message}");
                }
                if (pending.Count >= BatchSize) await FlushAsync();
            }
            await FlushAsync();
            progress.Done();
            var after = await store.GetStatsAsync(cancellationToken);
            Summary(env.Out, where, files.Count, added, replaced, unchanged, failures.Count, before, after);
        }
        finally
        {
            await StoreLifetime.CloseAsync(store);
        }

        foreach (var failure in failures) await env.Error.WriteLineAsync($"graph: failed: {failure}");
        return failures.Count > 0 ? 1 : 0;
    }

    /// <summary>Named files are taken whatever their extension (the content decides); folders give their known extensions, recursively.</summary>
    private static List<string> Collect(IEnumerable<string> paths, List<string> failures)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (File.Exists(path)) files.Add(path);
            else if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(DocumentReader.HasKnownExtension).Order(StringComparer.Ordinal));
            else failures.Add($"{path}: no such file or folder.");
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }

    private static void Summary(TextWriter o, string database, int files, int added, int replaced, int unchanged, int failed,
        GraphStats before, GraphStats after)
    {
        // Events are entities of the event type in the store's counts; they are reported on their own.
        var eventType = Ontology.Default.EventEntityType;
        static int Sum(IReadOnlyDictionary<string, int> byType) => byType.Values.Sum();
        int Entities(GraphStats s) => s.EntitiesByType.Where(p => p.Key != eventType).Sum(p => p.Value);
        static string Delta(int b, int a) => a - b >= 0 ? $"+{a - b}" : $"{a - b}";

        o.WriteLine($"Read {files} file(s) into {database}: {added} new, {replaced} updated, {unchanged} unchanged, {failed} failed.");
        o.WriteLine($"The store now holds {after.Documents} documents ({Delta(before.Documents, after.Documents)}), " +
                    $"{Entities(after)} entities ({Delta(Entities(before), Entities(after))}), " +
                    $"{Sum(after.RelationsByType)} relations ({Delta(Sum(before.RelationsByType), Sum(after.RelationsByType))}), " +
                    $"{Sum(after.EventsByType)} events ({Delta(Sum(before.EventsByType), Sum(after.EventsByType))}).");
    }
}
