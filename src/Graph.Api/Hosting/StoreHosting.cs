using Graph.Core.Store;
using Graph.Extraction;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;
using Graph.Api.Ingestion;

namespace Graph.Api.Hosting;

public static class StoreHosting
{
    private const string DatabaseFile = "graph.db";

    /// <summary>The store named by Graph:Store, opened once for the process, and the extractor that feeds it.</summary>
    public static IServiceCollection AddGraphStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.AddOptions<GraphApiOptions>().Bind(configuration.GetSection(GraphApiOptions.Section));
        var options = configuration.GetSection(GraphApiOptions.Section).Get<GraphApiOptions>() ?? new GraphApiOptions();
        switch (options.Store.ToLowerInvariant())
        {
            case "sqlite":
                AddSqlite(services, Path.GetFullPath(Path.Combine(environment.ContentRootPath, options.DataDir)));
                break;
            case "neo4j":
                // Settings come from the Neo4j section (Neo4j__Uri, Neo4j__User, Neo4j__Password, Neo4j__Database).
                services.AddNeo4jGraphStore(configuration);
                break;
            default:
                throw new InvalidOperationException(
                    $"Graph:Store is '{options.Store}', which this host cannot open; set Graph:Store (or Graph__Store) to 'sqlite' (embedded, the default) or 'neo4j'.");
        }
        services.AddSingleton<IExtractor>(_ => ExtractorFactory.CreateDefault());
        services.AddSingleton<DocumentIngestor>();
        return services;
    }

    private static void AddSqlite(IServiceCollection services, string dataDir)
    {
        services.AddSingleton<IGraphStore>(sp =>
        {
            Directory.CreateDirectory(dataDir);
            var path = Path.Combine(dataDir, DatabaseFile);
            sp.GetRequiredService<ILogger<SqliteGraphStore>>().LogInformation("Opening the graph store at {StorePath}", path);
            return SqliteGraphStore.Open(path);
        });
        services.AddSingleton<IGraphReader>(sp => sp.GetRequiredService<IGraphStore>());
        services.AddSingleton<IGraphWriter>(sp => sp.GetRequiredService<IGraphStore>());
    }

    /// <summary>Ingests the seed texts when the store holds no document yet (a fresh clone's first start).</summary>
    public static IServiceCollection AddSeedIngestion(this IServiceCollection services)
    {
        services.AddHostedService<SeedIngestion>();
        return services;
    }
}
