using Microsoft.Extensions.Diagnostics.HealthChecks;
using Graph.Core.Store;

namespace Graph.Api.Hosting;

public static class WebHosting
{
    public const string DefaultUrl = "http://localhost:5080";

    /// <summary>
    /// Listens on localhost:5080 unless --urls, ASPNETCORE_URLS, Urls or the port settings say otherwise.
    /// The default is set in code, not appsettings.json, because appsettings would override ASPNETCORE_URLS.
    /// </summary>
    public static WebApplicationBuilder UseDefaultGraphUrl(this WebApplicationBuilder builder)
    {
        var c = builder.Configuration;
        if (string.IsNullOrEmpty(c["urls"]) && string.IsNullOrEmpty(c["http_ports"]) && string.IsNullOrEmpty(c["https_ports"])
            && !c.GetSection("Kestrel:Endpoints").Exists())
            builder.WebHost.UseUrls(DefaultUrl);
        return builder;
    }

    /// <summary>Front ends on other origins, listed in Graph:Cors:Origins; none by default.</summary>
    public static IServiceCollection AddGraphCors(this IServiceCollection services, IConfiguration configuration)
    {
        var origins = configuration.GetSection("Graph:Cors:Origins").Get<string[]>() ?? [];
        services.AddCors(o => o.AddDefaultPolicy(p =>
        {
            if (origins.Length > 0)
                p.WithOrigins(origins).WithMethods("GET", "POST").WithHeaders("Content-Type", "Accept", "X-Api-Key");
        }));
        return services;
    }

    public static IServiceCollection AddGraphHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<StoreHealthCheck>("store");
        return services;
    }

    public static IEndpointRouteBuilder MapGraphHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/healthz");
        return app;
    }

    /// <summary>One structured log line per request: method, path, status, elapsed time.</summary>
    public static IApplicationBuilder UseGraphRequestLogging(this IApplicationBuilder app)
    {
        var logger = app.ApplicationServices.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api.Requests");
        return app.Use(async (context, next) =>
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try { await next(context); }
            finally
            {
                logger.LogInformation("{Method} {Path} → {StatusCode} in {ElapsedMs:F1} ms ({TraceId})",
                    context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds, context.TraceIdentifier);
            }
        });
    }

    /// <summary>The store answers a read; a cheap lookup, not a count, so it stays fast on a large graph.</summary>
    private sealed class StoreHealthCheck(IGraphReader reader) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
        {
            try
            {
                await reader.GetEntityAsync("healthz:probe", cancellationToken);
                return HealthCheckResult.Healthy("store reachable");
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                return HealthCheckResult.Unhealthy("store unreachable", e);
            }
        }
    }
}
