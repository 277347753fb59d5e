using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    private async Task AssertRejectedAndNothingWritten(DocumentGraph graph, string expected)
    {
        var e = await Assert.ThrowsAsync<GraphValidationException>(() => Store.ApplyDocumentAsync(graph));
        Assert.Contains(expected, e.Message);
        Assert.Null(await Store.GetDocumentAsync(graph.Document.Id));
        var stats = await Store.GetStatsAsync();
        Assert.Equal((0, 0, 0, 0, 0), (stats.Documents, stats.Mentions, stats.Evidence, stats.EntitiesByType.Count, stats.RelationsByType.Count));
    }

    [Fact]
    public async Task An_unknown_entity_type_is_rejected_with_its_value_and_nothing_is_written()
    {
        var b = new DocBuilder("doc-bad", "Marta Harnecker wrote in Chile.");
        b.Entity("Person", "Marta Harnecker");
        b.Entity("Country", "Chile");

        await AssertRejectedAndNothingWritten(b.Build(), "Unknown entity type 'Country'");
    }

    [Fact]
    public async Task An_unknown_relation_type_is_rejected_with_its_value_and_nothing_is_written()
    {
        var b = new DocBuilder("doc-bad", "Marta Harnecker wrote in Chile.");
        b.Relate("BORN_IN", b.Entity("Person", "Marta Harnecker"), b.Entity("Place", "Chile"));

        await AssertRejectedAndNothingWritten(b.Build(), "Unknown relation type 'BORN_IN'");
    }

    [Fact]
    public async Task A_relation_that_breaks_the_ontology_is_rejected_and_nothing_is_written()
    {
        var b = new DocBuilder("doc-bad", "Chile wrote Marta Harnecker.");
        b.Relate("AUTHORED", b.Entity("Place", "Chile"), b.Entity("Person", "Marta Harnecker"));

        await AssertRejectedAndNothingWritten(b.Build(), "AUTHORED cannot go from Place to Person");
    }

    [Fact]
    public async Task An_empty_entity_name_is_rejected_and_nothing_is_written()
    {
        var graph = HarneckerDoc() with { };
        var bad = graph with { Entities = [.. graph.Entities, new EntityRecord("Person", " ", [], [])] };

        await AssertRejectedAndNothingWritten(bad, "empty name");
    }

    [Fact]
    public async Task A_relation_to_an_entity_id_the_document_does_not_name_is_rejected_and_nothing_is_written()
    {
        var graph = HarneckerDoc();
        var stray = new RelationRecord("FROM", Harnecker, "place:atlantis", [new SpanRef(0, 0, 5, "test-pattern", 0.5)]);

        await AssertRejectedAndNothingWritten(graph with { Relations = [.. graph.Relations, stray] }, "'place:atlantis'");
    }

    [Fact]
    public async Task A_span_outside_the_text_is_rejected_and_nothing_is_written()
    {
        var graph = HarneckerDoc();
        var marta = graph.Entities[0] with { Mentions = [new SpanRef(0, 10, 10_000, "test-gazetteer", 0.9)] };

        await AssertRejectedAndNothingWritten(graph with { Entities = [marta, .. graph.Entities.Skip(1)] }, "[10, 10000)");
    }

    [Fact]
    public async Task Query_inputs_out_of_range_are_rejected_with_their_value()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        Assert.Contains("depth 5", (await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.GetNetworkAsync(new NetworkQuery([Harnecker], Depth: 5)))).Message);
        Assert.Contains("Page size 0", (await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.ListDocumentsAsync(new PageRequest(0)))).Message);
        Assert.Contains("Cursor 'xyz'", (await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.GetRelationsAsync(new RelationQuery(Harnecker, Page: new PageRequest(5, "xyz"))))).Message);
        Assert.Contains("'Riot'", (await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.GetTimelineAsync(new TimelineQuery(EventTypes: ["Riot"])))).Message);
        Assert.Contains("'KNOWS'", (await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.FindPathsAsync(new PathQuery(Harnecker, Chile, RelationTypes: ["KNOWS"])))).Message);
    }

    [Fact]
    public async Task Queries_about_an_unknown_entity_are_not_found()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.GetRelationsAsync(new RelationQuery("person:nobody")));
        await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.GetNetworkAsync(new NetworkQuery(["person:nobody"])));
        await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.FindPathsAsync(new PathQuery(Harnecker, "person:nobody")));
        await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.GetTimelineAsync(new TimelineQuery(Participants: ["person:nobody"])));
        Assert.Null(await Store.GetEntityAsync("person:nobody"));
    }
}
