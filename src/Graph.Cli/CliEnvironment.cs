using Graph.Core.Store;
using Graph.Extraction;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;

namespace Graph.Cli;

/// <summary>Everything a verb touches outside its arguments, so tests can run the verbs in process.</summary>
/// <param name="OpenStore">Opens the embedded (SQLite) store at a path; eval's scratch stores and copy's source use it.</param>
/// <param name="OpenNeo4j">Opens a Neo4j store (the default checks the settings and applies the schema, so a bad setting fails at once).</param>
/// <param name="Setting">Reads a setting (the process environment by default): Graph__Store, Neo4j__Uri, ...</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    bool ErrorIsTerminal,
    string WorkingDirectory,
    Func<IExtractor> CreateExtractor,
    Func<string, CancellationToken, Task<IGraphStore>> OpenStore,
    Func<Neo4jOptions, CancellationToken, Task<IGraphStore>>? OpenNeo4j = null,
    Func<string, string?>? Setting = null)
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

    public static async Task<IGraphStore> OpenNeo4jAsync(Neo4jOptions options, CancellationToken cancellationToken)
    {
        // The CLI is one short process: one HttpClient for its life. Long copies send big batches; Neo4j's own limits bound them.
        var store = new Neo4jGraphStore(new HttpClient { Timeout = TimeSpan.FromMinutes(5) }, options);
        await store.InitializeAsync(cancellationToken);
        return store;
    }

    public string? Read(string name) => (Setting ?? Environment.GetEnvironmentVariable)(name);

    public Task<IGraphStore> OpenNeo4jStore(Neo4jOptions options, CancellationToken cancellationToken) =>
        (OpenNeo4j ?? OpenNeo4jAsync)(options, cancellationToken);

    /// <summary>The store the settings name (Graph__Store, read once here).</summary>
    public ConfiguredStore ConfiguredStore() => new(this, Read("Graph__Store"));

    public string FullPath(string path) => Path.GetFullPath(path, WorkingDirectory);
}

/// <summary>The store Graph__Store names, as the API chooses it: Neo4j or, by default, the embedded store.</summary>
internal sealed record ConfiguredStore(CliEnvironment Env, string? Kind)
{
    public bool IsNeo4j => string.Equals(Kind, "neo4j", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Opens it: Graph__Store=Neo4j (with Neo4j__Uri, Neo4j__User, Neo4j__Password, Neo4j__Database) or, by default,
    /// the embedded store at <paramref name="embeddedPath"/>; with where it is, for a verb's messages.
    /// </summary>
    public async Task<(IGraphStore Store, string Description)> OpenAsync(string embeddedPath, CancellationToken cancellationToken)
    {
        switch (Kind?.ToLowerInvariant())
        {
            case null or "" or "sqlite":
                Directory.CreateDirectory(Path.GetDirectoryName(embeddedPath)!);
                return (await Env.OpenStore(embeddedPath, cancellationToken), embeddedPath);
            case "neo4j":
                var options = Neo4jSettings.From(Env, flags: null);
                return (await Env.OpenNeo4jStore(options, cancellationToken), Neo4jSettings.Describe(options));
            default:
                throw new CliFailure($"Graph__Store is '{Kind}', which the CLI cannot open; set it to 'sqlite' (embedded, the default) or 'neo4j'.");
        }
    }
}
