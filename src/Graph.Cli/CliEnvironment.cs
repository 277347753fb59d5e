using Graph.Core.Store;
using Graph.Extraction;
using Graph.Store.Sqlite;

namespace Graph.Cli;

/// <summary>Everything a verb touches outside its arguments, so tests can run the verbs in process.</summary>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    bool ErrorIsTerminal,
    string WorkingDirectory,
    Func<IExtractor> CreateExtractor,
    Func<string, CancellationToken, Task<IGraphStore>> OpenStore)
{
    public static CliEnvironment FromConsole() => new(
        Console.Out,
        Console.Error,
        !Console.IsErrorRedirected,
        Environment.CurrentDirectory,
        ExtractorFactory.CreateDefault,
        OpenSqliteAsync);

    public static async Task<IGraphStore> OpenSqliteAsync(string path, CancellationToken cancellationToken) =>
        await SqliteGraphStore.OpenAsync(path, cancellationToken: cancellationToken);

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}
