using DotNet.Testcontainers.Builders;
using DotNet.Testcontainers.Configurations;
using DotNet.Testcontainers.Containers;

namespace Graph.Store.Neo4j.Tests.Conformance;

/// <summary>
/// Where the live conformance suite finds Neo4j, decided once per process: NEO4J_URI (+ NEO4J_USER, NEO4J_PASSWORD,
/// NEO4J_DATABASE) when set; else a neo4j:5.26.26 container started with Testcontainers when a Docker engine is
/// reachable; else none, and every live test is skipped with <see cref="SkipReason"/>.
/// </summary>
internal static class LiveNeo4j
{
    public const string Image = "neo4j:5.26.26";
    private const string ContainerPassword = "conformance-pass";

    public const string HowToRun =
        "No Neo4j is reachable, so the Neo4j conformance suite is skipped. To run it: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) " +
        "to a Neo4j 5.26+ whose data may be wiped, e.g. `docker compose up -d neo4j` then " +
        "`NEO4J_URI=http://localhost:7474 NEO4J_USER=neo4j NEO4J_PASSWORD=<NEO4J_AUTH password> dotnet test tests/Graph.Store.Neo4j.Tests`; " +
        $"or run where a Docker engine is reachable and Testcontainers starts {Image} itself.";

    private static readonly Lazy<string?> Reason = new(Decide);
    private static readonly Lazy<Task<Neo4jOptions>> Server = new(StartAsync);

    /// <summary>Null when the suite can run; otherwise why not and how to make it run.</summary>
    public static string? SkipReason => Reason.Value;

    public static Task<Neo4jOptions> OptionsAsync() => Server.Value;

    private static string? Decide()
    {
        if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("NEO4J_URI"))) return null;
        try
        {
            // The cheap pre-check Testcontainers offers: no endpoint means no Docker engine to start Neo4j in.
            return TestcontainersSettings.OS.DockerEndpointAuthConfig is null ? HowToRun : null;
        }
        catch (Exception e)
        {
            return $"{HowToRun} (Docker probe: {e.Message})";
        }
    }

    private static async Task<Neo4jOptions> StartAsync()
    {
        var uri = Environment.GetEnvironmentVariable("NEO4J_URI");
        if (!string.IsNullOrWhiteSpace(uri))
            return new Neo4jOptions
            {
                Uri = uri,
                User = Environment.GetEnvironmentVariable("NEO4J_USER") ?? "neo4j",
                Password = Environment.GetEnvironmentVariable("NEO4J_PASSWORD"),
                Database = Environment.GetEnvironmentVariable("NEO4J_DATABASE") ?? "neo4j",
            };
        IContainer container;
        try
        {
            container = new ContainerBuilder(Image)
                .WithPortBinding(7474, true)
                .WithEnvironment("NEO4J_AUTH", $"neo4j/{ContainerPassword}")
                .WithEnvironment("NEO4J_server_http__enabled__modules",
                    "TRANSACTIONAL_ENDPOINTS,UNMANAGED_EXTENSIONS,BROWSER,ENTERPRISE_MANAGEMENT_ENDPOINTS,QUERY_API_ENDPOINTS")
                .WithWaitStrategy(Wait.ForUnixContainer().UntilHttpRequestIsSucceeded(r => r.ForPort(7474).ForPath("/")))
                .Build();
            await container.StartAsync();
        }
        catch (DockerUnavailableException e)
        {
            throw new InvalidOperationException($"{HowToRun} (Testcontainers: {e.Message})", e);
        }
        // The container lives as long as the test process; Testcontainers' resource reaper removes it afterwards.
        return new Neo4jOptions { Uri = $"http://{container.Hostname}:{container.GetMappedPublicPort(7474)}", Password = ContainerPassword };
    }
}
