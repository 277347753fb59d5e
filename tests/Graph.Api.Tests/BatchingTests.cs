using Graph.Core.Model;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>Entity lookups of one request are batched: one GetEntitiesAsync per level, never one call per entity.</summary>
public sealed class BatchingTests
{
    [Fact]
    public async Task Subjects_and_objects_of_a_page_of_relations_cost_one_store_call()
    {
        var counter = new CallCounter();
        using var api = new ApiFactory(services: s => s.AddSingleton<IGraphReader>(sp => new CountingReader(sp.GetRequiredService<IGraphStore>(), counter)));
        var relations = (await api.DataAsync("""{ entity(id: "person:marta-harnecker") { relations(first: 20) { totalCount } } }"""))
            ["entity"]!["relations"]!["totalCount"]!.GetValue<int>();
        Assert.True(relations >= 5, $"Harnecker has only {relations} relations; the test needs several");

        counter.Reset();
        var data = await api.DataAsync("""
            { entity(id: "person:marta-harnecker") { relations(first: 20) { nodes { subject { name } object { name } } } } }
            """);
        Assert.All(data["entity"]!["relations"]!["nodes"]!.AsArray(), n => Assert.NotNull(n!["subject"]));
        // One batch for entity(id), one for every subject and object of the page together.
        Assert.Equal(2, counter.GetEntities);
        Assert.Equal(0, counter.GetEntity);
    }

    [Fact]
    public async Task Path_nodes_and_network_entities_do_not_fetch_one_by_one()
    {
        var counter = new CallCounter();
        using var api = new ApiFactory(services: s => s.AddSingleton<IGraphReader>(sp => new CountingReader(sp.GetRequiredService<IGraphStore>(), counter)));
        counter.Reset();
        await api.DataAsync("""{ network(centers: ["person:marta-harnecker"], depth: 2) { nodes { entity { name aliases } } } }""");
        Assert.Equal(0, counter.GetEntity);
        Assert.True(counter.GetEntities <= 1, $"{counter.GetEntities} batch calls");
    }

    public sealed class CallCounter
    {
        private int _getEntities, _getEntity;
        public int GetEntities => _getEntities;
        public int GetEntity => _getEntity;
        public void CountBatch() => Interlocked.Increment(ref _getEntities);
        public void CountSingle() => Interlocked.Increment(ref _getEntity);
        public void Reset() { _getEntities = 0; _getEntity = 0; }
    }

    /// <summary>A decorator over the real store that counts entity lookups.</summary>
    private sealed class CountingReader(IGraphReader inner, CallCounter counter) : ForwardingReader(inner)
    {
        public override Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default)
        {
            counter.CountSingle();
            return base.GetEntityAsync(id, ct);
        }

        public override Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default)
        {
            counter.CountBatch();
            return base.GetEntitiesAsync(ids, ct);
        }
    }
}
