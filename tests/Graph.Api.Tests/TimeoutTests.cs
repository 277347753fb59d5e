using System.Net;
using Graph.Core.Model;
using Graph.Core.Store;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>The request timeout stops slow work and, for a write, leaves nothing behind.</summary>
public sealed class TimeoutTests
{
    private static readonly Dictionary<string, string?> ShortTimeout = new() { ["Graph:Limits:RequestTimeoutSeconds"] = "0.3" };

    [Fact]
    public async Task A_query_that_outlasts_the_timeout_gets_TIMEOUT()
    {
        SlowStats? slow = null;
        using var api = new ApiFactory(settings: ShortTimeout,
            services: s => s.AddSingleton<IGraphReader>(sp => slow = new SlowStats(sp.GetRequiredService<IGraphStore>())));
        await api.PostAsync("{ stats { documents } }"); // the first request builds the schema and may itself outlast 0.3 s
        await api.DataAsync("{ stats { documents } }");
        slow!.Armed = true;
        var r = await api.PostAsync("{ stats { documents } }");
        Assert.Equal(HttpStatusCode.GatewayTimeout, r.Status);
        Assert.Equal("TIMEOUT", r.Code);
        Assert.DoesNotContain("Exception", r.Text);
    }

    [Fact]
    public async Task An_ingest_cut_off_by_the_timeout_stores_nothing()
    {
        SlowWriter? slow = null;
        using var api = new ApiFactory(settings: ShortTimeout, services: s => s.AddSingleton<IGraphWriter>(sp =>
            slow = new SlowWriter(sp.GetRequiredService<IGraphStore>())));
        await api.PostAsync("{ stats { documents } }"); // the first request builds the schema and may itself outlast 0.3 s
        var before = await api.DataAsync("{ stats { documents entities relations } }");
        slow!.Armed = true;
        var r = await api.PostAsync("""
            mutation { ingestDocument(input: { title: "Late", text: "Marta Harnecker met Hugo Chávez in Caracas in 2002." }) { entityCount } }
            """, apiKey: ApiFactory.Key);
        Assert.Equal("TIMEOUT", r.Code);
        JsonAssert.Equal(before.ToJsonString(), await api.DataAsync("{ stats { documents entities relations } }"));
    }

    private sealed class SlowStats(IGraphStore inner) : ForwardingReader(inner)
    {
        public volatile bool Armed;

        public override async Task<GraphStats> GetStatsAsync(CancellationToken ct = default)
        {
            if (Armed) await Task.Delay(TimeSpan.FromSeconds(5), ct);
            return await base.GetStatsAsync(ct);
        }
    }

    /// <summary>Waits past the timeout before writing, as a slow disk would; the write must then not happen.</summary>
    private sealed class SlowWriter(IGraphStore inner) : IGraphWriter
    {
        public volatile bool Armed;

        public async Task<ApplyResult> ApplyDocumentAsync(DocumentGraph graph, CancellationToken ct = default)
        {
            if (Armed) await Task.Delay(TimeSpan.FromSeconds(5), ct);
            return await inner.ApplyDocumentAsync(graph, ct);
        }
        public Task DeleteDocumentAsync(string id, CancellationToken ct = default) => inner.DeleteDocumentAsync(id, ct);
        public Task<Relation> AddCuratedRelationAsync(CuratedRelation r, CancellationToken ct = default) => inner.AddCuratedRelationAsync(r, ct);
        public Task<Relation> SetRelationStatusAsync(string id, RelationStatus s, string? n, CancellationToken ct = default) => inner.SetRelationStatusAsync(id, s, n, ct);
        public Task<Entity> UpdateEntityAsync(string id, EntityUpdate u, CancellationToken ct = default) => inner.UpdateEntityAsync(id, u, ct);
        public Task<Entity> MergeEntitiesAsync(string k, string r, CancellationToken ct = default) => inner.MergeEntitiesAsync(k, r, ct);
    }
}

internal class ForwardingReader(IGraphReader inner) : IGraphReader
{
    public virtual Task<Entity?> GetEntityAsync(string id, CancellationToken ct = default) => inner.GetEntityAsync(id, ct);
    public virtual Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken ct = default) => inner.GetEntitiesAsync(ids, ct);
    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch q, CancellationToken ct = default) => inner.SearchEntitiesAsync(q, ct);
    public Task<Page<Relation>> GetRelationsAsync(RelationQuery q, CancellationToken ct = default) => inner.GetRelationsAsync(q, ct);
    public Task<Relation?> GetRelationAsync(string id, CancellationToken ct = default) => inner.GetRelationAsync(id, ct);
    public Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string id, CancellationToken ct = default) => inner.GetEvidenceAsync(id, ct);
    public Task<Page<TimelineEvent>> GetTimelineAsync(TimelineQuery q, CancellationToken ct = default) => inner.GetTimelineAsync(q, ct);
    public Task<Network> GetNetworkAsync(NetworkQuery q, CancellationToken ct = default) => inner.GetNetworkAsync(q, ct);
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery q, CancellationToken ct = default) => inner.FindPathsAsync(q, ct);
    public Task<Document?> GetDocumentAsync(string id, CancellationToken ct = default) => inner.GetDocumentAsync(id, ct);
    public Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest p, CancellationToken ct = default) => inner.ListDocumentsAsync(p, ct);
    public Task<IReadOnlyList<Mention>> GetDocumentMentionsAsync(string id, CancellationToken ct = default) => inner.GetDocumentMentionsAsync(id, ct);
    public Task<Page<Mention>> GetEntityMentionsAsync(string id, PageRequest p, CancellationToken ct = default) => inner.GetEntityMentionsAsync(id, p, ct);
    public virtual Task<GraphStats> GetStatsAsync(CancellationToken ct = default) => inner.GetStatsAsync(ct);
}
