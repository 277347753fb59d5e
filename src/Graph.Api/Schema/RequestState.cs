using Graph.Core.Model;
using Graph.Core.Store;
using GraphQL;
using GraphQL.DataLoader;

namespace Graph.Api.Schema;

/// <summary>What one request has already read, so nested fields do not read it again.</summary>
internal sealed class RequestState(IGraphReader reader)
{
    private readonly Dictionary<string, Task<Document?>> _documents = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TimelineEvent> _events = new(StringComparer.Ordinal);

    public Task<Document?> DocumentAsync(string id, CancellationToken cancellationToken)
    {
        lock (_documents)
        {
            if (!_documents.TryGetValue(id, out var task))
                _documents[id] = task = reader.GetDocumentAsync(id, cancellationToken);
            return task;
        }
    }

    /// <summary>A timeline already knows each event's place and participants; the Event fields reuse them.</summary>
    public void Remember(TimelineEvent e)
    {
        lock (_events) _events[e.Event.Id] = e;
    }

    public TimelineEvent? Known(string eventId)
    {
        lock (_events) return _events.GetValueOrDefault(eventId);
    }
}

internal static class ContextExtensions
{
    public static IGraphReader Reader(this IResolveFieldContext c) => c.RequestServices!.GetRequiredService<IGraphReader>();
    public static T Service<T>(this IResolveFieldContext c) where T : notnull => c.RequestServices!.GetRequiredService<T>();
    public static EntityBatchLoader Entities(this IResolveFieldContext c) => c.Service<EntityBatchLoader>();
    public static RequestState State(this IResolveFieldContext c) => c.Service<RequestState>();
    public static GraphApiOptions.LimitOptions Limits(this IResolveFieldContext c) => c.Service<Microsoft.Extensions.Options.IOptions<GraphApiOptions>>().Value.Limits;

    /// <summary>Entity lookups for <see cref="Queries.StoreQueries"/>, through this request's batch loader.</summary>
    public static Queries.StoreQueries.EntityLoader Loader(this IResolveFieldContext c) =>
        (ids, ct) => c.Entities().LoadMany(ids).GetResultAsync(ct);

    /// <summary>An entity by store id through the batch loader; an id that names nothing resolves to null.</summary>
    public static IDataLoaderResult<Entity?> Entity(this IResolveFieldContext c, string id) => c.Entities().Load(id);
}
