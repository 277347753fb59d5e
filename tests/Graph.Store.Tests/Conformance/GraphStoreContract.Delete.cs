using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Deleting_a_document_removes_it_with_its_mentions_and_evidence()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        await Store.DeleteDocumentAsync("doc-harnecker");

        Assert.Null(await Store.GetDocumentAsync("doc-harnecker"));
        var stats = await Store.GetStatsAsync();
        Assert.Equal((0, 0, 0), (stats.Documents, stats.Mentions, stats.Evidence));
    }

    [Fact]
    public async Task Deleting_a_document_removes_entities_and_relations_left_without_evidence()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        await Store.DeleteDocumentAsync("doc-harnecker");

        Assert.Empty(await Store.GetEntitiesAsync([Harnecker, ChavezAdministration, Chile, AWorldToBuild]));
        Assert.Null(await Store.GetRelationAsync(RelationId("FROM", Harnecker, Chile)));
        Assert.Empty((await Store.SearchEntitiesAsync(new EntitySearch("Harnecker"))).Items);
    }

    [Fact]
    public async Task Deleting_a_document_keeps_what_another_document_still_supports()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-a", advisedConfidence: 0.5));
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-b", advisedConfidence: 0.6));

        await Store.DeleteDocumentAsync("doc-a");

        var advised = await Store.GetRelationAsync(RelationId("ADVISED", Harnecker, ChavezAdministration));
        Assert.Equal(1, advised!.EvidenceCount);
        Assert.Equal(0.6, advised.Confidence, 9);
        Assert.Equal(4, (await Store.GetEntitiesAsync([Harnecker, ChavezAdministration, Chile, AWorldToBuild])).Count);
    }

    [Fact]
    public async Task Deleting_a_document_keeps_curated_relations_and_the_entities_they_connect()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var curated = await Store.AddCuratedRelationAsync(new CuratedRelation("FROM", Harnecker, Chile, Note: "her memoirs"));

        await Store.DeleteDocumentAsync("doc-harnecker");

        var kept = await Store.GetRelationAsync(curated.Id);
        Assert.Equal((Provenance.Curated, 0), (kept!.Provenance, kept.EvidenceCount));
        Assert.Equal([Harnecker, Chile], (await Store.GetEntitiesAsync([Harnecker, Chile, AWorldToBuild])).Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Deleting_an_unknown_document_says_it_does_not_exist()
    {
        var e = await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.DeleteDocumentAsync("doc-missing"));

        Assert.Contains("doc-missing", e.Message);
    }
}
