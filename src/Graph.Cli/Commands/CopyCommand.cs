using Graph.Cli.Output;
using Graph.Core.Store;
using Graph.Store.Neo4j;
using Graph.Transfer;

namespace Graph.Cli.Commands;

/// <summary>
/// copy --to neo4j|sqlite: the embedded store (--db) into Neo4j (settings or flags) or another SQLite file (--to-db),
/// through the store port. Resumable and idempotent (see <see cref="GraphCopy"/>): an interrupted copy is finished by
/// running the same command again, and a second run writes nothing.
/// </summary>
internal static class CopyCommand
{
    public static readonly string[] Options = ["--to", "--to-db", "--db", "--page-size", .. Neo4jSettings.Flags];

    public static async Task<int> RunAsync(ParsedArgs args, CliEnvironment env, CancellationToken cancellationToken)
    {
        if (args.Positionals.Count > 0) throw new UsageException($"copy takes no positional arguments, got: {string.Join(" ", args.Positionals)}.");
        var to = args.Option("--to") ?? throw new UsageException("copy needs --to neo4j or --to sqlite.");
        var pageSize = PageSize(args);
        var sourcePath = env.FullPath(args.Option("--db") ?? IngestCommand.DefaultDatabase);
        if (!File.Exists(sourcePath))
            throw new CliFailure($"There is no store at {sourcePath} to copy from; give the embedded store with --db FILE (graph ingest makes one).");

        IGraphStore? source = null, target = null;
        try
        {
            source = await env.OpenStore(sourcePath, cancellationToken);
            string where;
            switch (to.ToLowerInvariant())
            {
                case "neo4j":
                    if (args.Option("--to-db") is not null) throw new UsageException("copy --to neo4j takes --uri/--user/--password/--database (or Neo4j__* settings), not --to-db.");
                    var options = Neo4jSettings.From(env, args);
                    where = Neo4jSettings.Describe(options);
                    target = await env.OpenNeo4jStore(options, cancellationToken);
                    break;
                case "sqlite":
                    var targetPath = env.FullPath(args.Option("--to-db") ?? throw new UsageException("copy --to sqlite needs --to-db FILE, the store to copy into."));
                    if (targetPath == sourcePath) throw new UsageException($"copy --to-db is the source store itself ({sourcePath}); give another file.");
                    Directory.CreateDirectory(Path.GetDirectoryName(targetPath)!);
                    where = targetPath;
                    target = await env.OpenStore(targetPath, cancellationToken);
                    break;
                default:
                    throw new UsageException($"copy --to '{to}' is not a store this CLI can copy into; use neo4j or sqlite.");
            }

            var total = (await source.GetStatsAsync(cancellationToken)).Documents;
            using var bar = new ProgressBar(env.Error, total, enabled: env.ErrorIsTerminal && total >= ProgressBar.MinimumItems);
            var shown = 0;
            var progress = new InlineProgress<CopyProgress>(p =>
            {
                for (; shown < p.DocumentsRead; shown++) bar.Step(p.LastDocumentId ?? "");
            });
            var report = await new GraphCopy(source, target) { PageSize = pageSize }.RunAsync(progress, cancellationToken);
            bar.Done();

            await env.Out.WriteLineAsync($"Copied {sourcePath} into {where}: {report.DocumentsCopied} document(s) copied, {report.DocumentsUnchanged} already there, {report.DocumentsFailed} failed.");
            await env.Out.WriteLineAsync($"Curation: {report.MergesReplayed} merge(s) replayed ({report.MergesAlreadyDone} already done), {report.CuratedRelationsAdded} curated relation(s) added, {report.StatusesSet} status(es) set, {report.EntitiesUpdated} entity edit(s) applied.");
            if (report.NothingToDo && report.Succeeded) await env.Out.WriteLineAsync("The target already held the source's graph; nothing was written.");
            foreach (var f in report.Failures) await env.Error.WriteLineAsync($"graph: failed: {f.What}: {f.Reason}");
            return report.Succeeded ? 0 : 1;
        }
        catch (Neo4jStoreException e)
        {
            throw new CliFailure($"{e.Message} Nothing is lost: documents already copied stay, and running the same copy again resumes.");
        }
        finally
        {
            if (target is not null) await StoreLifetime.CloseAsync(target);
            if (source is not null) await StoreLifetime.CloseAsync(source);
        }
    }

    private static int PageSize(ParsedArgs args)
    {
        var text = args.Option("--page-size");
        if (text is null) return GraphCopy.DefaultPageSize;
        return int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 10_000
            ? n : throw new UsageException($"copy --page-size '{text}' is not a whole number from 1 to 10000.");
    }
}
