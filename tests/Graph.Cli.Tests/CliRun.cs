using Graph.Core.Store;
using Graph.Extraction;
using Graph.Store.Sqlite;

namespace Graph.Cli.Tests;

/// <summary>Runs the CLI's entry point in process, in a working folder, with captured output.</summary>
internal static class CliRun
{
    public sealed record Result(int Code, string Out, string Err);

    public static Task<Result> RunAsync(string workingDirectory, IExtractor? extractor, params string[] args) =>
        RunWithAsync(workingDirectory, extractor, env => env, args);

    /// <summary>As <see cref="RunAsync"/>, with the environment adjusted (settings, a stand-in for Neo4j).</summary>
    public static async Task<Result> RunWithAsync(string workingDirectory, IExtractor? extractor, Func<CliEnvironment, CliEnvironment> adjust, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var env = adjust(new CliEnvironment(stdout, stderr, ErrorIsTerminal: false, workingDirectory,
            extractor is null ? ExtractorFactory.CreateDefault : () => extractor,
            CliEnvironment.OpenSqliteAsync,
            Setting: _ => null));
        var code = await CliApp.RunAsync(args, env);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    public static async Task<GraphStats> StatsAsync(string database)
    {
        await using var store = await SqliteGraphStore.OpenAsync(database);
        return await store.GetStatsAsync();
    }
}

/// <summary>A fresh folder per test, removed afterwards.</summary>
public sealed class TempFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("graph-cli-").FullName;

    public string Write(string relative, string text) => Write(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { /* a store file still closing; the OS temp cleaner gets it */ }
    }
}
