using Graph.Cli.Commands;
using Graph.Core.Schema;
using Graph.Evaluation.Gold;
using Graph.Ingest;

namespace Graph.Cli;

/// <summary>Parse, then run one verb. Errors become one line on stderr: exit 2 for usage, 1 for failures.</summary>
internal static class CliApp
{
    public const string Usage = """
        Usage: graph VERB [options]

          extract FILE [--json]                   extract one document and print what was found
          eval DIR [--gold GOLDDIR] [--json] [--no-store]
                                                  score the extractor on NAME.txt + NAME.gold.json pairs
          ingest PATH... [--db FILE]              read files or folders (.txt .md .html .htm .pdf) into the store
                                                  (default store: data/graph.db under the current directory;
                                                  Graph__Store=Neo4j + Neo4j__Uri/User/Password/Database: into Neo4j)
          copy --to neo4j [--db FILE] [--uri URL] [--user NAME] [--password PW] [--database NAME] [--page-size N]
          copy --to sqlite --to-db FILE [--db FILE] [--page-size N]
                                                  copy the embedded store into Neo4j (settings from Neo4j__*, flags
                                                  win; prefer Neo4j__Password to --password) or another SQLite file;
                                                  run it again to resume an interrupted copy: nothing is done twice
          export --format neo4j-csv DIR [--db FILE] [--array-delimiter C]
                                                  write the store as neo4j-admin import files and DIR/import.sh
        """;

    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        try
        {
            if (args.Length == 0)
                throw new UsageException("no verb given.");
            if (args[0] is "-h" or "--help" or "help")
            {
                await env.Out.WriteLineAsync(Usage);
                return 0;
            }
            var rest = args[1..];
            return args[0] switch
            {
                "extract" => await ExtractCommand.RunAsync(ParsedArgs.Parse("extract", rest, options: [], flags: ["--json"]), env),
                "eval" => await EvalCommand.RunAsync(ParsedArgs.Parse("eval", rest, options: ["--gold"], flags: ["--json", "--no-store"]), env, cancellationToken),
                "ingest" => await IngestCommand.RunAsync(ParsedArgs.Parse("ingest", rest, options: ["--db"], flags: []), env, cancellationToken),
                "copy" => await CopyCommand.RunAsync(ParsedArgs.Parse("copy", rest, options: CopyCommand.Options, flags: []), env, cancellationToken),
                "export" => await ExportCommand.RunAsync(ParsedArgs.Parse("export", rest, options: ExportCommand.Options, flags: []), env, cancellationToken),
                _ => throw new UsageException($"unknown verb '{args[0]}'; use extract, eval, ingest, copy or export."),
            };
        }
        catch (UsageException e)
        {
            await env.Error.WriteLineAsync($"graph: {e.Message}");
            await env.Error.WriteLineAsync(Usage);
            return 2;
        }
        catch (Exception e) when (e is DocumentReadException or GoldFormatException or GraphValidationException or CliFailure or IOException or UnauthorizedAccessException)
        {
            await env.Error.WriteLineAsync($"graph: {e.Message}");
            return 1;
        }
        catch (OperationCanceledException)
        {
            await env.Error.WriteLineAsync("graph: cancelled; documents already stored stay stored, the one in progress was not written (a copy resumes when run again).");
            return 1;
        }
        catch (Exception e)
        {
            // A bug or an environment problem (a store that will not open): still one line, with the kind of failure.
            await env.Error.WriteLineAsync($"graph: {e.GetType().Name}: {e.Message}");
            return 1;
        }
    }
}

/// <summary>The command line is wrong: the message says how.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>The command was right but could not be done.</summary>
internal sealed class CliFailure(string message) : Exception(message);
