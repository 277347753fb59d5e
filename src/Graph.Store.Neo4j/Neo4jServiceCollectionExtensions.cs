using Graph.Core.Store;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Store.Neo4j;

public static class Neo4jServiceCollectionExtensions
{
    /// <summary>The HttpClient name the store's requests go through (add handlers or timeouts to it if needed).</summary>
    public const string HttpClientName = "Graph.Store.Neo4j";

    /// <summary>
    /// Registers <see cref="Neo4jGraphStore"/> as the process's IGraphStore, IGraphReader and IGraphWriter, with
    /// <see cref="Neo4jOptions"/> bound from the "Neo4j" section (env Neo4j__Uri, Neo4j__User, Neo4j__Password,
    /// Neo4j__BearerToken, Neo4j__Database). The schema is applied on first use; call
    /// <see cref="Neo4jGraphStore.InitializeAsync"/> at start-up to fail fast on a bad setting.
    /// </summary>
    public static IServiceCollection AddNeo4jGraphStore(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<Neo4jOptions>().Bind(configuration.GetSection(Neo4jOptions.Section));
        // Queries can be long (paths, timelines); Neo4j's own limits bound them, not HttpClient's 100 s default.
        services.AddHttpClient(HttpClientName, http => http.Timeout = TimeSpan.FromMinutes(5));
        services.AddSingleton(sp => new Neo4jGraphStore(
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            sp.GetRequiredService<IOptions<Neo4jOptions>>().Value));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphReader>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        services.AddSingleton<IGraphWriter>(sp => sp.GetRequiredService<Neo4jGraphStore>());
        return services;
    }
}
