using Graph.Api.Errors;
using Graph.Api.Http;
using Graph.Api.Schema;
using Graph.Api.Validation;
using GraphQL;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

public static class ApiHosting
{
    /// <summary>The schema, its limits and error handling; the HTTP side is <see cref="MapGraphQLEndpoint"/>.</summary>
    public static IServiceCollection AddGraphQLApi(this IServiceCollection services, IConfiguration configuration)
    {
        var limits = configuration.GetSection($"{GraphApiOptions.Section}:Limits").Get<GraphApiOptions.LimitOptions>() ?? new();
        services.AddScoped<EntityBatchLoader>();
        services.AddScoped<RequestState>();
        services.AddSingleton<ValidatedDocumentCache>();
        // Registered before AddGraphQL, which only adds its own validator when none is registered.
        services.AddSingleton<GraphQL.Validation.IDocumentValidator, CachedDocumentValidator>();
        // The embedded store answers synchronously, so running a query's sibling fields as parallel tasks only adds
        // task bookkeeping to each of a network's ~2,300 fields; over Neo4j's HTTP API root fields do overlap usefully.
        var embeddedStore = string.Equals(configuration[$"{GraphApiOptions.Section}:Store"] ?? "sqlite", "sqlite", StringComparison.OrdinalIgnoreCase);
        services.AddGraphQL(b => b
            .AddSchema<GraphSchema>()
            .AddGraphTypes(typeof(GraphSchema).Assembly)
            // Names like "Hugo Chávez" stay readable in responses; the content type is JSON, so no HTML escaping is needed.
            .AddSystemTextJson(o =>
            {
                o.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
                o.Converters.Insert(0, new ExecutionResultWriter()); // first, so it is chosen over GraphQL.NET's own
            })
            .AddErrorInfoProvider<ApiErrorInfoProvider>()
            .AddValidationRule<QueriesOnlyOverGetRule>()
            .AddValidationRule<MutationKeyRule>()
            .ConfigureExecution(sp => sp.GetRequiredService<ValidatedDocumentCache>())
            // Batch loading still works serially (the strategy defers loader results until every other pending field has run).
            .AddExecutionStrategy(embeddedStore ? new InlineLeafStrategy() : (GraphQL.Execution.IExecutionStrategy)GraphQL.Execution.ParallelExecutionStrategy.Instance, GraphQLParser.AST.OperationType.Query)
            .AddComplexityAnalyzer(o =>
            {
                o.MaxDepth = limits.MaxDepth;
                o.MaxComplexity = limits.MaxComplexity;
                // Introspection (GraphiQL's docs and completion) reads the schema, not the graph: it costs nothing,
                // otherwise its deeply nested type references alone would exceed the limit.
                var byDefault = o.DefaultComplexityImpactDelegate;
                o.DefaultComplexityImpactDelegate = field =>
                    field.FieldDefinition.Name.StartsWith("__", StringComparison.Ordinal) ? new GraphQL.Validation.Complexity.FieldComplexityResult(0, 0) : byDefault(field);
            })
            .WithTimeout(TimeSpan.FromSeconds(limits.RequestTimeoutSeconds), _ => new ExecutionResult
            {
                Executed = false,
                Errors = [new ExecutionError($"The request took longer than {limits.RequestTimeoutSeconds:0.###} s (Graph:Limits:RequestTimeoutSeconds) and was stopped; nothing it started was kept. Ask for less: smaller first, limit or depth.") { Code = ErrorCodes.Timeout }],
            })
            .AddUnhandledExceptionHandler(context =>
            {
                var options = context.ExecutionOptions;
                var (code, _) = ApiErrorInfoProvider.Classify(context.OriginalException);
                if (code != ErrorCodes.Internal) return;
                var logger = options.RequestServices!.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api.GraphQL");
                logger.LogError(context.OriginalException, "Unhandled error in field {Field}", context.FieldContext?.FieldDefinition.Name);
            }));
        return services;
    }

    public static IEndpointRouteBuilder MapGraphQLEndpoint(this IEndpointRouteBuilder app)
    {
        app.MapMethods(GraphQLEndpoint.Path, [HttpMethods.Get, HttpMethods.Post], GraphQLEndpoint.HandleAsync);
        var options = app.ServiceProvider.GetRequiredService<IOptions<GraphApiOptions>>().Value;
        var logger = app.ServiceProvider.GetRequiredService<ILoggerFactory>().CreateLogger("Graph.Api");
        if (string.IsNullOrEmpty(options.ApiKey))
            logger.LogWarning("Mutations are disabled: no API key is configured. Set Graph:ApiKey in appsettings.json or the environment variable Graph__ApiKey, then send it in the X-Api-Key header.");
        return app;
    }
}
