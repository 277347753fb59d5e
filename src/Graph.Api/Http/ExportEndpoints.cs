using System.Text.Json;
using Graph.Api.Errors;
using Graph.Api.Queries;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Exports;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// Plain HTTP downloads for tools that do not speak GraphQL: /export/network.{format} and /export/timeline.{format},
/// with the filters of the GraphQL network and timeline fields, built and checked by the same <see cref="StoreQueries"/>.
/// Formats come only from the <see cref="ExportFormats"/> registry.
/// </summary>
internal static class ExportEndpoints
{
    public const string TruncatedHeader = "X-Graph-Truncated";

    private static readonly string[] NetworkParameters =
        ["centers", "depth", "relationTypes", "entityTypes", "from", "to", "minConfidence", "limit", "includeRejected"];
    private static readonly string[] TimelineParameters = ["entity", "depth", "place", "from", "to", "eventTypes"];

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/export/network.{format}", (HttpContext http, string format) => Run(http, ct => NetworkAsync(http, format, ct)));
        app.MapGet("/export/timeline.{format}", (HttpContext http, string format) => Run(http, ct => TimelineAsync(http, format, ct)));
        return app;
    }

    private static async Task NetworkAsync(HttpContext http, string formatName, CancellationToken ct)
    {
        var args = new QueryStringArguments(http.Request.Query);
        args.RejectUnknown(NetworkParameters, "GET /export/network");
        var exportFormat = ExportFormats.Get(ExportSubject.Network, formatName);
        var (reader, limits) = Services(http);
        var query = await StoreQueries.NetworkAsync(new NetworkArguments(
                args.List("centers"), args.Int("depth", StoreQueries.DefaultNetworkDepth), Nullable(args.List("relationTypes")),
                Nullable(args.List("entityTypes")), args.String("from"), args.String("to"), args.Double("minConfidence", 0),
                args.Int("limit", StoreQueries.DefaultNetworkLimit), args.Bool("includeRejected")),
            limits, StoreQueries.Loader(reader), ct);
        var network = await reader.GetNetworkAsync(query, ct);
        var lookup = await reader.GetEntitiesAsync(NetworkExport.ReferencedIds(network), ct);
        var centers = network.Nodes.Where(n => n.Distance == 0).Select(n => n.Entity.Name);
        if (network.Truncated) http.Response.Headers[TruncatedHeader] = "true";
        await Send(http, exportFormat, new NetworkExport(network, lookup, $"Network around {string.Join(", ", centers)}"), "network", ct);
    }

    private static async Task TimelineAsync(HttpContext http, string formatName, CancellationToken ct)
    {
        var args = new QueryStringArguments(http.Request.Query);
        args.RejectUnknown(TimelineParameters, "GET /export/timeline");
        var exportFormat = ExportFormats.Get(ExportSubject.Timeline, formatName);
        var (reader, limits) = Services(http);
        var query = await StoreQueries.TimelineAsync(new TimelineArguments(
                args.String("entity"), args.Int("depth", 0), args.String("place"), args.String("from"), args.String("to"),
                Nullable(args.List("eventTypes")), First: Math.Min(limits.MaxPageSize, PageRequest.MaxPageSize)),
            limits, StoreQueries.Loader(reader), ct);

        // Every page, up to the cap: a download is the whole timeline, not its first page.
        var events = new List<TimelineEvent>();
        Page<TimelineEvent> page;
        do
        {
            page = await reader.GetTimelineAsync(query, ct);
            events.AddRange(page.Items.Take(limits.MaxExportEvents - events.Count));
            query = query with { Page = query.Page! with { After = page.EndCursor } };
        } while (page.HasNextPage && events.Count < limits.MaxExportEvents);
        if (page.TotalCount > events.Count) http.Response.Headers[TruncatedHeader] = "true";

        var lookup = await reader.GetEntitiesAsync(TimelineExport.ReferencedIds(events), ct);
        var participant = query.Participants?.FirstOrDefault();
        var title = participant is null ? "Timeline"
            : $"Timeline of {(await reader.GetEntitiesAsync([participant], ct)).GetValueOrDefault(participant)?.Name ?? participant}";
        await Send(http, exportFormat, new TimelineExport(events, lookup, title), "timeline", ct);
    }

    private static Task Send(HttpContext http, ExportFormat format, GraphExport export, string stem, CancellationToken ct)
    {
        http.Response.ContentType = format.ContentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{format.FileName(stem)}\"";
        return format.WriteAsync(export, http.Response.Body, ct);
    }

    /// <summary>The request timeout and error mapping the GraphQL endpoint has, for downloads.</summary>
    private static async Task Run(HttpContext http, Func<CancellationToken, Task> export)
    {
        var limits = http.RequestServices.GetRequiredService<IOptions<GraphApiOptions>>().Value.Limits;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        timeout.CancelAfter(TimeSpan.FromSeconds(limits.RequestTimeoutSeconds));
        try
        {
            await export(timeout.Token);
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; a download writes nothing to the store.
        }
        catch (Exception e) when (!http.Response.HasStarted)
        {
            var (code, message) = e is OperationCanceledException
                ? (ErrorCodes.Timeout, $"The download took longer than {limits.RequestTimeoutSeconds:0.###} s (Graph:Limits:RequestTimeoutSeconds) and was stopped; narrow it (depth, limit, from/to).")
                : ApiErrorInfoProvider.Classify(e);
            if (code == ErrorCodes.Internal)
                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api.Export").LogError(e, "Export {Path} failed", http.Request.Path.Value);
            http.Response.Clear();
            http.Response.StatusCode = code switch
            {
                ErrorCodes.NotFound => StatusCodes.Status404NotFound,
                ErrorCodes.Timeout => StatusCodes.Status504GatewayTimeout,
                ErrorCodes.Internal => StatusCodes.Status500InternalServerError,
                _ => StatusCodes.Status400BadRequest,
            };
            http.Response.ContentType = "application/json; charset=utf-8";
            await JsonSerializer.SerializeAsync(http.Response.Body,
                new { errors = new[] { new { message, extensions = new { code } } } }, ErrorJson, http.RequestAborted);
        }
    }

    private static (IGraphReader, GraphApiOptions.LimitOptions) Services(HttpContext http) => (
        http.RequestServices.GetRequiredService<IGraphReader>(),
        http.RequestServices.GetRequiredService<IOptions<GraphApiOptions>>().Value.Limits);

    private static IReadOnlyCollection<string>? Nullable(IReadOnlyList<string> list) => list.Count == 0 ? null : list;

    private static readonly JsonSerializerOptions ErrorJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
