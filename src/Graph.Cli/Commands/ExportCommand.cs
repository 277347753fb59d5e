using Graph.Store.Neo4j;

namespace Graph.Cli.Commands;

/// <summary>
/// export --format neo4j-csv DIR: the whole store as neo4j-admin import files plus import.sh, for graphs too big to
/// copy through the Query API. The source is the store the settings name (the embedded one at --db by default).
/// </summary>
internal static class ExportCommand
{
    public static readonly string[] Options = ["--format", "--db", "--array-delimiter"];

    private const string Neo4jCsv = "neo4j-csv";

    public static async Task<int> RunAsync(ParsedArgs args, CliEnvironment env, CancellationToken cancellationToken)
    {
        var directory = env.FullPath(args.Single("export", "DIR (the folder to write)"));
        var format = args.Option("--format") ?? throw new UsageException($"export needs --format; known: {Neo4jCsv}.");
        if (format != Neo4jCsv)
            throw new UsageException($"export --format '{format}' is unknown here; known: {Neo4jCsv} (network and timeline formats are served by the API's /export).");
        var delimiter = args.Option("--array-delimiter") is { } d
            ? d.Length == 1 ? d[0] : throw new UsageException($"export --array-delimiter '{d}' must be one character, e.g. '|' or ';'.")
            : new Neo4jImportOptions().ArrayDelimiter;
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
            throw new CliFailure($"{directory} is not empty; export into a new or empty folder so that no stale file gets imported.");
        var database = env.FullPath(args.Option("--db") ?? IngestCommand.DefaultDatabase);
        var configured = env.ConfiguredStore();
        if (!configured.IsNeo4j && !File.Exists(database))
            throw new CliFailure($"There is no store at {database} to export; give it with --db FILE (graph ingest makes one).");

        var (store, where) = await configured.OpenAsync(database, cancellationToken);
        try
        {
            var summary = await Neo4jImportFiles.WriteAsync(store, directory, new Neo4jImportOptions { ArrayDelimiter = delimiter }, cancellationToken: cancellationToken);
            await env.Out.WriteLineAsync($"Wrote {where} as neo4j-admin import files into {directory}:");
            foreach (var (file, rows) in summary.RowsByFile) await env.Out.WriteLineAsync($"  {file,-18} {rows,8} rows");
            await env.Out.WriteLineAsync($"Import on the Neo4j server (database stopped or new) with: sh {Path.Combine(directory, "import.sh")} [DATABASE]");
            return 0;
        }
        catch (Neo4jExportException e)
        {
            throw new CliFailure(e.Message);
        }
        finally
        {
            await StoreLifetime.CloseAsync(store);
        }
    }
}
