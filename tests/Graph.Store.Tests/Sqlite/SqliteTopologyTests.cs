using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Conformance;

namespace Graph.Store.Tests.Sqlite;

/// <summary>
/// The topology cache, patched write by write, must agree with what a fresh open loads from the file.
/// </summary>
public sealed class SqliteTopologyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private static async Task<string> ViewAsync(IGraphStore store, IEnumerable<string> centers)
    {
        var parts = new List<string>();
        foreach (var c in centers)
        {
            if (await store.GetEntityAsync(c) is null) { parts.Add($"{c} gone"); continue; }
            var n = await store.GetNetworkAsync(new NetworkQuery([c], Depth: 3, IncludeRejected: true));
            parts.Add(string.Join(",", n.Nodes.Select(x => $"{x.Entity.Id}@{x.Distance}/{x.Degree}")));
            parts.Add(string.Join(",", n.Edges.Select(e => $"{e.RelationId}:{e.Source}>{e.Target}:{e.Weight}:{e.Confidence}:{e.Date}")));
            var t = await store.GetTimelineAsync(new TimelineQuery([c], ParticipantDepth: 2, Page: new PageRequest(PageRequest.MaxPageSize)));
            parts.Add(string.Join(",", t.Items.Select(e => $"{e.Event.Id}@{e.PlaceId}:{string.Join("+", e.Participants)}")));
        }
        return string.Join("\n", parts);
    }

    [Fact]
    public async Task After_applies_merges_curation_and_deletes_the_cache_matches_a_fresh_load()
    {
        var path = _folder.NewDatabasePath();
        var a = new DocBuilder("doc-a", "Trino Silva led Alcasa in Ciudad Guayana. The Alcasa strike began.");
        var trino = a.Entity("Person", "Trino Silva");
        var alcasa = a.Entity("Organization", "Alcasa");
        var guayana = a.Entity("Place", "Ciudad Guayana");
        var strike = a.Event("Alcasa strike", "Strike", "2005-03");
        a.Relate("LEADS", trino, alcasa, date: "2004/2006");
        a.Relate("LOCATED_IN", alcasa, guayana);
        a.Relate("PARTICIPATED_IN", trino, strike, role: "leader");
        a.Relate("OCCURRED_IN", strike, guayana);
        var b = new DocBuilder("doc-b", "Aluminios del Caroní, that is Alcasa, belongs to CVG.");
        var alcasaLong = b.Entity("Organization", "Aluminios del Caroní", null, "Alcasa");
        var cvg = b.Entity("Organization", "CVG");
        b.Relate("PART_OF", alcasaLong, cvg);
        var c = new DocBuilder("doc-c", "CVG is in Venezuela.");
        c.Relate("LOCATED_IN", c.Entity("Organization", "CVG"), c.Entity("Place", "Venezuela"));
        var centers = new[] { trino.Id, alcasa.Id, cvg.Id, guayana.Id, alcasaLong.Id };

        string live;
        await using (var store = await SqliteGraphStore.OpenAsync(path))
        {
            await store.ApplyDocumentAsync(a.Build());
            await store.ApplyDocumentAsync(b.Build());
            await store.ApplyDocumentAsync(c.Build());
            await store.MergeEntitiesAsync(alcasa.Id, alcasaLong.Id);
            await store.AddCuratedRelationAsync(new CuratedRelation("LOCATED_IN", guayana.Id, c.Build().Entities[1].Id, Date: EdtfDate.Parse("1961")));
            await store.SetRelationStatusAsync(GraphIdsRelation("LEADS", trino.Id, alcasa.Id), RelationStatus.Rejected, "wrong person");
            await store.DeleteDocumentAsync("doc-c");
            live = await ViewAsync(store, centers);
        }

        await using var reopened = await SqliteGraphStore.OpenAsync(path);
        Assert.Equal(live, await ViewAsync(reopened, centers));
        Assert.Contains("gone", live); // the merged-away entity
    }

    private static string GraphIdsRelation(string type, string s, string o) =>
        Graph.Core.Identity.GraphIds.Relation(type, s, o, null, Graph.Core.Schema.Ontology.Default.Relation(type).Symmetric);
}
