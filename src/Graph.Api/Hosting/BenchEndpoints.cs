using Graph.Api.Queries;
using Graph.Api.Schema;
using Graph.Core.Store;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>
/// The benchmark's reference (src/Graph.Bench/api-bench.sh): plain JSON endpoints that make the store calls the
/// GraphQL entity, timeline and network fields make, with the same argument checks, and return the same fields,
/// so the difference in requests/s is what GraphQL costs. Mapped only when Graph:Bench:PlainEndpoints is true:
/// they have no limits of their own beyond those checks and are not part of the API.
/// </summary>
internal static class BenchEndpoints
{
    public const string Setting = "Graph:Bench:PlainEndpoints";

    public static IEndpointRouteBuilder MapBenchEndpointsIfEnabled(this IEndpointRouteBuilder app, IConfiguration configuration)
    {
        if (!configuration.GetValue<bool>(Setting)) return app;
        app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api").LogWarning(
            "{Setting} is true: the plain benchmark endpoints /bench/* are mapped; never enable this in production.", Setting);

        // Like entity(id) { key name type aliases description }: one batched lookup of one id.
        app.MapGet("/bench/entity", async (string id, IGraphReader reader, CancellationToken ct) =>
        {
            var key = GlobalId.ToStoreId(id, GlobalId.Entity);
            var e = (await reader.GetEntitiesAsync([key], ct)).GetValueOrDefault(key) ?? throw new Core.Schema.GraphNotFoundException("entity", key);
            return Results.Json(new { data = new { entity = new { key = e.Id, name = e.Name, type = OntologyEnums.ValueName(e.Type), aliases = e.Aliases, description = e.Description } } });
        });

        // Like timeline(entity, first) { totalCount pageInfo { endCursor hasNextPage } nodes { key name eventType date { edtf display } } }.
        app.MapGet("/bench/timeline", async (string entity, int? first, IGraphReader reader, IOptions<GraphApiOptions> options, CancellationToken ct) =>
        {
            var query = await StoreQueries.TimelineAsync(new TimelineArguments(entity, First: first ?? PageRequest.DefaultPageSize),
                options.Value.Limits, StoreQueries.Loader(reader), ct);
            query.Page!.Validate();
            var page = await reader.GetTimelineAsync(query, ct);
            return Results.Json(new { data = new { timeline = new
            {
                totalCount = page.TotalCount,
                pageInfo = new { endCursor = page.EndCursor, hasNextPage = page.HasNextPage },
                nodes = page.Items.Select(e => new
                {
                    key = e.Event.Id, name = e.Event.Name, eventType = e.Event.Event?.EventType is { } t ? OntologyEnums.ValueName(t) : null,
                    date = e.Event.Event?.Date is { } d ? new { edtf = d.ToString(), display = d.ToDisplayString() } : null,
                }),
            } } });
        });

        // Like network(centers: [center], depth, limit) { truncated nodes { id name type distance degree } edges { id source target type weight confidence } }.
        app.MapGet("/bench/network", async (string center, int? depth, int? limit, IGraphReader reader, IOptions<GraphApiOptions> options, CancellationToken ct) =>
        {
            var query = await StoreQueries.NetworkAsync(new NetworkArguments([center], depth ?? StoreQueries.DefaultNetworkDepth, Limit: limit ?? StoreQueries.DefaultNetworkLimit),
                options.Value.Limits, StoreQueries.Loader(reader), ct);
            var network = await reader.GetNetworkAsync(query, ct);
            return Results.Json(new { data = new { network = new
            {
                truncated = network.Truncated,
                nodes = network.Nodes.Select(n => new
                {
                    id = GlobalId.Encode(GlobalId.Entity, n.Entity.Id), name = n.Entity.Name, type = OntologyEnums.ValueName(n.Entity.Type),
                    distance = n.Distance, degree = n.Degree,
                }),
                edges = network.Edges.Select(e => new
                {
                    id = GlobalId.Encode(GlobalId.Relation, e.RelationId), source = GlobalId.Encode(GlobalId.Entity, e.Source),
                    target = GlobalId.Encode(GlobalId.Entity, e.Target), type = e.Type, weight = e.Weight, confidence = e.Confidence,
                }),
            } } });
        });
        return app;
    }
}
