using Graph.Core.Model;
using Graph.Core.Store;
using GraphQL.DataLoader;

namespace Graph.Api.Schema;

/// <summary>
/// Per-request batching of entity lookups (GraphQL.DataLoader is not available here): resolvers ask for ids,
/// GraphQL.NET defers the results until the level is resolved, and the first result awaited fetches every
/// pending id in one GetEntitiesAsync call. Results are cached for the rest of the request.
/// </summary>
internal sealed class EntityBatchLoader(IGraphReader reader)
{
    private readonly Dictionary<string, Entity?> _loaded = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly List<IReadOnlyCollection<Entity>> _primed = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    public IDataLoaderResult<Entity?> Load(string id)
    {
        lock (_pending)
        {
            IndexPrimed();
            if (!_loaded.ContainsKey(id)) _pending.Add(id);
        }
        return new Result(this, id);
    }

    /// <summary>Several ids in order (a path's nodes); they join the same batch as single lookups.</summary>
    public IDataLoaderResult<Entity?[]> LoadMany(IReadOnlyList<string> ids)
    {
        var results = ids.Select(Load).ToArray();
        return new ManyResult(results);
    }

    /// <summary>
    /// Entities already in hand (a network's nodes, a timeline's events) answer later lookups without a store call.
    /// Kept as given and indexed only when a lookup comes: most networks are read without one, and adding their
    /// 200 nodes one by one was ~5 % of a GraphQL network request's profile.
    /// </summary>
    public void Prime(IReadOnlyCollection<Entity> entities)
    {
        lock (_pending) _primed.Add(entities);
    }

    private void IndexPrimed()
    {
        if (_primed.Count == 0) return;
        foreach (var entities in _primed)
            foreach (var e in entities) _loaded.TryAdd(e.Id, e);
        _primed.Clear();
    }

    private async Task<Entity?> GetAsync(string id, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            string[] batch;
            lock (_pending)
            {
                IndexPrimed();
                if (_loaded.TryGetValue(id, out var cached)) return cached;
                batch = [.. _pending];
                _pending.Clear();
            }
            var found = await reader.GetEntitiesAsync(batch, cancellationToken);
            lock (_pending)
            {
                foreach (var key in batch) _loaded[key] = found.GetValueOrDefault(key);
                return _loaded.GetValueOrDefault(id);
            }
        }
        finally { _gate.Release(); }
    }

    private sealed class ManyResult(IDataLoaderResult<Entity?>[] results) : IDataLoaderResult<Entity?[]>
    {
        public async Task<Entity?[]> GetResultAsync(CancellationToken cancellationToken = default)
        {
            var entities = new Entity?[results.Length];
            for (var i = 0; i < results.Length; i++) entities[i] = await results[i].GetResultAsync(cancellationToken);
            return entities;
        }

        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }

    private sealed class Result(EntityBatchLoader loader, string id) : IDataLoaderResult<Entity?>
    {
        public Task<Entity?> GetResultAsync(CancellationToken cancellationToken = default) => loader.GetAsync(id, cancellationToken);
        async Task<object?> IDataLoaderResult.GetResultAsync(CancellationToken cancellationToken) => await GetResultAsync(cancellationToken);
    }
}
