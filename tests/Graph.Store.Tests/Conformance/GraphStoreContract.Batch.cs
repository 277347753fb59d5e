using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    private static DocumentGraph LeaderDoc(string id, string text, string leader, double confidence = 0.7)
    {
        var b = new DocBuilder(id, text);
        b.Relate("LEADS", b.Entity("Person", leader), b.Entity("Organization", "Alcasa", "Aluminium smelter"), confidence);
        return b.Build();
    }

    private static DocumentGraph BadDoc(string id)
    {
        var b = new DocBuilder(id, "Chile wrote Trino Silva.");
        b.Relate("AUTHORED", b.Entity("Place", "Chile"), b.Entity("Person", "Trino Silva"));
        return b.Build();
    }

    [Fact]
    public async Task A_batch_stores_the_good_documents_and_reports_the_bad_one_without_storing_it()
    {
        var batch = new[]
        {
            LeaderDoc("doc-a", "Trino Silva led Alcasa.", "Trino Silva"),
            BadDoc("doc-bad"),
            LeaderDoc("doc-b", "Elio Sayago led Alcasa.", "Elio Sayago"),
        };

        var results = await Store.ApplyDocumentsAsync(batch);

        Assert.Equal(["doc-a", "doc-bad", "doc-b"], results.Select(r => r.DocumentId));
        Assert.Equal([false, true, false], results.Select(r => r.Failed));
        var failure = Assert.IsType<GraphValidationException>(results[1].Failure);
        Assert.Contains("AUTHORED cannot go from Place to Person", failure.Message);
        Assert.Equal(new ApplyResult("doc-a", Unchanged: false, Replaced: false, Entities: 2, Relations: 1, Mentions: 2, Evidence: 1), results[0]);
        Assert.NotNull(await Store.GetDocumentAsync("doc-a"));
        Assert.NotNull(await Store.GetDocumentAsync("doc-b"));
        Assert.Null(await Store.GetDocumentAsync("doc-bad"));
        Assert.Null(await Store.GetEntityAsync(GraphIdsOf("Place", "Chile")));
        var stats = await Store.GetStatsAsync();
        Assert.Equal((2, 2), (stats.Documents, stats.Evidence));
    }

    [Fact]
    public async Task A_batch_leaves_the_same_graph_as_applying_its_documents_one_by_one()
    {
        var docs = new[]
        {
            LeaderDoc("doc-a", "Trino Silva led Alcasa.", "Trino Silva", 0.5),
            LeaderDoc("doc-b", "Trino Silva led Alcasa again.", "Trino Silva", 0.5),
            HarneckerDoc(),
            LeaderDoc("doc-a", "Trino Silva led Alcasa for years.", "Trino Silva", 0.6),
        };
        var single = await NewStoreAsync();
        var expected = new List<ApplyResult>();
        foreach (var doc in docs) expected.Add(await single.ApplyDocumentAsync(doc));

        var results = await Store.ApplyDocumentsAsync(docs);

        Assert.Equal(expected, results);
        Assert.True(results[3].Replaced);
        var ids = docs.SelectMany(d => d.Entities.Select(e => e.Id)).Distinct().ToList();
        Assert.Equal(await SnapshotAsync(single, ids), await SnapshotAsync(Store, ids));
        var leads = await Store.GetRelationAsync(RelationId("LEADS", GraphIdsOf("Person", "Trino Silva"), GraphIdsOf("Organization", "Alcasa")));
        Assert.Equal((2, 1 - 0.4 * 0.5), (leads!.EvidenceCount, leads.Confidence));
    }

    [Fact]
    public async Task A_batch_is_searchable_and_traversable_once_it_returns()
    {
        await Store.ApplyDocumentsAsync([
            LeaderDoc("doc-a", "Trino Silva led Alcasa.", "Trino Silva"),
            LeaderDoc("doc-b", "Elio Sayago led Alcasa.", "Elio Sayago"),
        ]);

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("Alcas"));
        Assert.Equal([GraphIdsOf("Organization", "Alcasa")], hits.Items.Select(h => h.Entity.Id));
        var network = await Store.GetNetworkAsync(new NetworkQuery([GraphIdsOf("Organization", "Alcasa")]));
        Assert.Equal(3, network.Nodes.Count);
        Assert.Equal(2, network.Edges.Count);
    }

    [Fact]
    public async Task A_batch_of_only_bad_documents_stores_nothing()
    {
        var results = await Store.ApplyDocumentsAsync([BadDoc("doc-bad-1"), BadDoc("doc-bad-2")]);

        Assert.All(results, r => Assert.IsType<GraphValidationException>(r.Failure));
        var stats = await Store.GetStatsAsync();
        Assert.Equal((0, 0, 0), (stats.Documents, stats.EntitiesByType.Count, stats.RelationsByType.Count));
    }

    private static string GraphIdsOf(string type, string name) => Graph.Core.Identity.GraphIds.Entity(type, name);
}
