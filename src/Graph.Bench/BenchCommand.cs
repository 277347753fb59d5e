using System.Globalization;
using Graph.Synthetic;

namespace Graph.Bench;

/// <summary>Parses the command line; each benchmark lives in its own class.</summary>
internal static class BenchCommand
{
    private const string Usage = """
        usage: Graph.Bench store [--entities N] [--relations M] [--events E] [--documents D] [--seed S]
                                 [--iterations K] [--warmup W] [--db PATH] [--keep | --reuse]
        usage: Graph.Bench extract [--words N] [--runs R] [--texts DIR]
        usage: Graph.Bench make-db PATH [--entities N] [--relations M] [--events E] [--documents D] [--seed S]
          make-db builds the synthetic graph's SQLite database at PATH (new file) once, with the store benchmark's
                  query inputs beside it (PATH.actors.txt, PATH.centers.txt), for api-bench.sh.
          store   applies a synthetic graph to the SQLite store and times bulk apply, timeline, network and path
                  queries against an in-memory adjacency-list baseline built from the same data.
          defaults: --entities 100000 --relations 1000000 --iterations 500 --warmup 50; the database goes to a
                  temporary file that is deleted afterwards unless --keep is given; --reuse takes the database a
                  --keep run with the same options left at --db and times the queries only.
          extract times the default extractor over a corpus of at least N words (the seed texts repeated, each
                  copy its own document id) against the extractor's tokenizer and sentence splitter alone;
                  defaults: --words 1000000 --runs 5 --texts seeds/texts.
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        if (args[0] == "make-db") return await MakeDbAsync(args.AsSpan(1).ToArray());
        if (args[0] == "extract") return ExtractCommand.Run(args.AsSpan(1), Usage);
        if (args[0] != "store")
        {
            Console.Error.WriteLine($"Unknown benchmark '{args[0]}'; the verbs are: store, extract, make-db.\n{Usage}");
            return 2;
        }
        StoreBenchOptions options;
        try
        {
            options = Parse(args.AsSpan(1));
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"{e.Message}\n{Usage}");
            return 2;
        }
        StoreBenchResult result;
        try
        {
            result = await new StoreBenchmark(options, Console.Out).RunAsync();
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName is not null)
        {
            // The generator refuses sizes it cannot honour; its message says which and why.
            Console.Error.WriteLine($"--{e.ParamName.ToLowerInvariant()} {e.ActualValue}: {e.Message.Split(" (Parameter", 2)[0]}");
            return 2;
        }
        Console.WriteLine();
        Console.WriteLine(Report.Markdown(options, result));
        return 0;
    }

    private static async Task<int> MakeDbAsync(string[] args)
    {
        StoreBenchOptions options;
        try
        {
            if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal)) throw new FormatException("make-db needs the database path first.");
            options = Parse(args.AsSpan(1));
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"{e.Message}\n{Usage}");
            return 2;
        }
        try
        {
            return await MakeDatabase.RunAsync(args[0], options.Graph, Console.Out);
        }
        catch (ArgumentOutOfRangeException e) when (e.ParamName is not null)
        {
            Console.Error.WriteLine($"--{e.ParamName.ToLowerInvariant()} {e.ActualValue}: {e.Message.Split(" (Parameter", 2)[0]}");
            return 2;
        }
    }

    private static StoreBenchOptions Parse(ReadOnlySpan<string> args)
    {
        var o = new StoreBenchOptions(new SyntheticGraphOptions(100_000, 1_000_000));
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name == "--keep") { o = o with { Keep = true }; continue; }
            if (name == "--reuse") { o = o with { Keep = true, Reuse = true }; continue; }
            if (i + 1 >= args.Length) throw new FormatException($"Option {name} needs a value.");
            var value = args[++i];
            o = name switch
            {
                "--entities" => o with { Graph = o.Graph with { Entities = Int(name, value) } },
                "--relations" => o with { Graph = o.Graph with { Relations = Int(name, value) } },
                "--events" => o with { Graph = o.Graph with { Events = Int(name, value) } },
                "--documents" => o with { Graph = o.Graph with { Documents = Int(name, value) } },
                "--seed" => o with { Graph = o.Graph with { Seed = Int(name, value) } },
                "--iterations" => o with { Iterations = Int(name, value) },
                "--warmup" => o with { Warmup = Int(name, value) },
                "--db" => o with { DatabasePath = value },
                _ => throw new FormatException($"Unknown option '{name}'."),
            };
        }
        return o;
    }

    private static int Int(string name, string value) =>
        int.TryParse(value.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"Option {name} takes a positive whole number, not '{value}'.");
}

internal sealed record StoreBenchOptions(SyntheticGraphOptions Graph, int Iterations = 500, int Warmup = 50, string? DatabasePath = null, bool Keep = false, bool Reuse = false);
