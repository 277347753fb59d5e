using System.Globalization;
using Graph.Ingest;

namespace Graph.Bench;

/// <summary>The extract verb: options, then the benchmark, then its Markdown report.</summary>
internal static class ExtractCommand
{
    public static int Run(ReadOnlySpan<string> args, string usage)
    {
        ExtractBenchOptions options;
        try
        {
            options = Parse(args);
        }
        catch (FormatException e)
        {
            Console.Error.WriteLine($"{e.Message}\n{usage}");
            return 2;
        }
        ExtractCorpus corpus;
        try
        {
            corpus = ExtractCorpus.Build(options.TextsFolder, options.Words);
        }
        catch (Exception e) when (e is DocumentReadException or DirectoryNotFoundException or InvalidDataException)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var result = new ExtractBenchmark(options, corpus, Console.Out).Run();
        Console.WriteLine();
        Console.WriteLine(ExtractReport.Markdown(options, corpus, result));
        return 0;
    }

    private static ExtractBenchOptions Parse(ReadOnlySpan<string> args)
    {
        var o = new ExtractBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length) throw new FormatException($"Option {name} needs a value.");
            var value = args[++i];
            o = name switch
            {
                "--words" => o with { Words = Int(name, value) },
                "--runs" => o with { Runs = Int(name, value) },
                "--texts" => o with { TextsFolder = value },
                _ => throw new FormatException($"Unknown option '{name}' for extract; it takes --words, --runs, --texts."),
            };
        }
        return o;
    }

    private static int Int(string name, string value) =>
        int.TryParse(value.Replace("_", ""), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new FormatException($"Option {name} takes a positive whole number, not '{value}'.");
}

internal sealed record ExtractBenchOptions(int Words = 1_000_000, int Runs = 5, string TextsFolder = "seeds/texts");
