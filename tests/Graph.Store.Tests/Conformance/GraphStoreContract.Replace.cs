using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Reapplying_without_a_description_or_relation_date_clears_what_only_that_document_said()
    {
        var first = new DocBuilder("doc-1", "Trino Silva led Alcasa.");
        first.Relate("LEADS", first.Entity("Person", "Trino Silva", "union leader"), first.Entity("Organization", "Alcasa"), date: "2005");
        await Store.ApplyDocumentAsync(first.Build());
        var second = new DocBuilder("doc-1", "Trino Silva led Alcasa for years.");
        second.Relate("LEADS", second.Entity("Person", "Trino Silva"), second.Entity("Organization", "Alcasa"));

        await Store.ApplyDocumentAsync(second.Build());

        var trino = first.Build().Entities[0].Id;
        Assert.Null((await Store.GetEntityAsync(trino))!.Description);
        Assert.Null(Assert.Single(await AllRelationsAsync(trino)).Date);
    }

    [Fact]
    public async Task An_entitys_fields_come_from_its_documents_whatever_order_they_came_in()
    {
        DocumentGraph Doc(string id, string description)
        {
            var b = new DocBuilder(id, "Alcasa makes aluminium.");
            b.Entity("Organization", "Alcasa", description);
            return b.Build();
        }
        var other = await NewStoreAsync();

        await Store.ApplyDocumentAsync(Doc("doc-a", "aluminium smelter"));
        await Store.ApplyDocumentAsync(Doc("doc-b", "state company"));
        await other.ApplyDocumentAsync(Doc("doc-b", "state company"));
        await other.ApplyDocumentAsync(Doc("doc-a", "aluminium smelter"));

        var id = Doc("x", "").Entities[0].Id;
        Assert.Equal((await Store.GetEntityAsync(id))!.Description, (await other.GetEntityAsync(id))!.Description);
    }

    [Fact]
    public async Task Entity_external_ids_and_event_details_are_stored()
    {
        var b = new DocBuilder("doc-1", "The 2002 coup in Venezuela.");
        var graph = b.Build() with
        {
            Entities =
            [
                new EntityRecord("Place", "Venezuela", [], [], ExternalId: "Q717"),
                new EntityRecord(Ontology.EventEntityType, "2002 coup", [], [], Event: new EventDetails("Coup", EdtfDate.Parse("2002-04-11/2002-04-13"))),
            ],
        };

        await Store.ApplyDocumentAsync(graph);

        Assert.Equal("Q717", (await Store.GetEntityAsync(graph.Entities[0].Id))!.ExternalId);
        var coup = await Store.GetEntityAsync(graph.Entities[1].Id);
        Assert.Equal(("Coup", "2002-04-11/2002-04-13"), (coup!.Event!.EventType, coup.Event.Date!.ToString()));
    }

    [Fact]
    public async Task A_curated_relation_survives_a_reapply_that_no_longer_supports_it()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var curated = await Store.AddCuratedRelationAsync(new CuratedRelation("FROM", Harnecker, Chile));

        var b = new DocBuilder("doc-harnecker", "Marta Harnecker wrote A World to Build.");
        b.Relate("AUTHORED", b.Entity("Person", "Marta Harnecker"), b.Entity("Work", "A World to Build"));
        await Store.ApplyDocumentAsync(b.Build());

        var kept = await Store.GetRelationAsync(curated.Id);
        Assert.Equal((Provenance.Curated, 0, 1.0), (kept!.Provenance, kept.EvidenceCount, kept.Confidence));
        Assert.NotNull(await Store.GetEntityAsync(Chile));
    }

    [Fact]
    public async Task Full_text_search_takes_query_operators_in_the_text_literally()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("\"chile\" OR NEAR(* writer", Mode: SearchMode.FullText));

        Assert.Empty(hits.Items);
    }

    [Fact]
    public async Task Search_text_without_letters_is_rejected()
    {
        var e = await Assert.ThrowsAsync<GraphValidationException>(() => Store.SearchEntitiesAsync(new EntitySearch(" -- ")));

        Assert.Contains("' -- '", e.Message);
    }

    [Fact]
    public async Task Merging_drops_a_relation_between_the_two_merged_entities()
    {
        var b = new DocBuilder("doc-1", "Sidor allied with SIDOR.");
        var a = b.Entity("Organization", "Sidor");
        var c = b.Entity("Organization", "Siderúrgica del Orinoco", null, "SIDOR");
        b.Relate("ALLIED_WITH", a, c);
        await Store.ApplyDocumentAsync(b.Build());

        await Store.MergeEntitiesAsync(a.Id, c.Id);

        Assert.Empty(await AllRelationsAsync(a.Id));
        Assert.Equal(0, (await Store.GetStatsAsync()).Evidence);
    }
}
