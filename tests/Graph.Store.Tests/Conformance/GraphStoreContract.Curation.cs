using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_curated_relation_is_stored_as_curated_and_accepted()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var r = await Store.AddCuratedRelationAsync(new CuratedRelation("LEADS", Harnecker, ChavezAdministration, "adviser", EdtfDate.Parse("2004"), "from her CV"));

        Assert.Equal(RelationId("LEADS", Harnecker, ChavezAdministration, "adviser"), r.Id);
        Assert.Equal((Provenance.Curated, RelationStatus.Accepted, "adviser", "2004", "from her CV"),
            (r.Provenance, r.Status, r.Role, r.Date?.ToString(), r.StatusNote));
        Assert.Equal(r, await Store.GetRelationAsync(r.Id));
    }

    [Fact]
    public async Task A_curated_relation_that_breaks_the_ontology_is_rejected_naming_the_types()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var e = await Assert.ThrowsAsync<GraphValidationException>(() =>
            Store.AddCuratedRelationAsync(new CuratedRelation("AUTHORED", Chile, Harnecker)));

        Assert.Contains("AUTHORED cannot go from Place to Person", e.Message);
        Assert.DoesNotContain(await AllRelationsAsync(Chile), r => r.Type == "AUTHORED");
    }

    [Fact]
    public async Task A_curated_relation_to_an_unknown_entity_is_not_found()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var e = await Assert.ThrowsAsync<GraphNotFoundException>(() =>
            Store.AddCuratedRelationAsync(new CuratedRelation("FROM", Harnecker, "place:atlantis")));

        Assert.Equal("place:atlantis", e.Id);
    }

    [Fact]
    public async Task A_rejected_relation_keeps_its_evidence_but_leaves_relation_lists_unless_asked()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var id = RelationId("FROM", Harnecker, Chile);

        var rejected = await Store.SetRelationStatusAsync(id, RelationStatus.Rejected, "she was born in Santiago, but the text means exile");

        Assert.Equal(RelationStatus.Rejected, rejected.Status);
        Assert.DoesNotContain(id, (await Store.GetRelationsAsync(new RelationQuery(Harnecker))).Items.Select(r => r.Id));
        Assert.Contains(id, (await Store.GetRelationsAsync(new RelationQuery(Harnecker, IncludeRejected: true))).Items.Select(r => r.Id));
        Assert.Single(await Store.GetEvidenceAsync(id));
    }

    [Fact]
    public async Task Setting_the_status_of_an_unknown_relation_is_not_found()
    {
        await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.SetRelationStatusAsync("rel:nothing", RelationStatus.Accepted, null));
    }

    [Fact]
    public async Task Updating_an_entity_changes_the_given_fields_and_leaves_the_rest()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var updated = await Store.UpdateEntityAsync(Harnecker, new EntityUpdate(Description: "Chilean sociologist"));

        Assert.Equal(("Marta Harnecker", "Chilean sociologist"), (updated.Name, updated.Description));
        Assert.Equal(["Harnecker"], updated.Aliases);
        var read = await Store.GetEntityAsync(Harnecker);
        Assert.Equal((updated.Name, updated.Description, updated.Type), (read!.Name, read.Description, read.Type));
        Assert.Equal(updated.Aliases, read.Aliases);
    }

    [Fact]
    public async Task Updating_an_entitys_name_and_aliases_makes_them_searchable()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        await Store.UpdateEntityAsync(Harnecker, new EntityUpdate(Name: "Marta Harnecker Cerdá", Aliases: ["M. Harnecker"]));

        var e = await Store.GetEntityAsync(Harnecker);
        Assert.Equal("Marta Harnecker Cerdá", e!.Name);
        Assert.Equal(["M. Harnecker"], e.Aliases);
        Assert.Equal([Harnecker], (await Store.SearchEntitiesAsync(new EntitySearch("m harn"))).Items.Select(h => h.Entity.Id));
        Assert.Equal([Harnecker], (await Store.SearchEntitiesAsync(new EntitySearch("cerda", Mode: SearchMode.FullText))).Items.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task Updating_an_unknown_entity_is_not_found()
    {
        await Assert.ThrowsAsync<GraphNotFoundException>(() => Store.UpdateEntityAsync("person:nobody", new EntityUpdate(Description: "x")));
    }

    [Fact]
    public async Task Merging_moves_mentions_relations_and_names_onto_the_kept_entity()
    {
        var b = new DocBuilder("doc-sidor", "Sidor was privatized. SIDOR belongs to CVG.");
        var sidor = b.Entity("Organization", "Sidor");
        var sidorCaps = b.Entity("Organization", "Siderúrgica del Orinoco", null, "SIDOR");
        var cvg = b.Entity("Organization", "CVG");
        b.Relate("PART_OF", sidorCaps, cvg);
        await Store.ApplyDocumentAsync(b.Build());

        var kept = await Store.MergeEntitiesAsync(sidor.Id, sidorCaps.Id);

        Assert.Null(await Store.GetEntityAsync(sidorCaps.Id));
        Assert.Contains("Siderúrgica del Orinoco", kept.Aliases);
        var partOf = Assert.Single(await AllRelationsAsync(sidor.Id));
        Assert.Equal((RelationId("PART_OF", sidor.Id, cvg.Id), sidor.Id, 1), (partOf.Id, partOf.SubjectId, partOf.EvidenceCount));
        Assert.Equal(2, (await Store.GetEntityMentionsAsync(sidor.Id, new PageRequest())).TotalCount);
    }

    [Fact]
    public async Task A_merge_is_remembered_when_a_document_names_the_removed_entity_again()
    {
        var a = new DocBuilder("doc-a", "Sidor and Siderúrgica del Orinoco.");
        var sidor = a.Entity("Organization", "Sidor");
        var long_ = a.Entity("Organization", "Siderúrgica del Orinoco");
        await Store.ApplyDocumentAsync(a.Build());
        await Store.MergeEntitiesAsync(sidor.Id, long_.Id);

        var b = new DocBuilder("doc-b", "Siderúrgica del Orinoco is in Bolívar.");
        b.Relate("LOCATED_IN", b.Entity("Organization", "Siderúrgica del Orinoco"), b.Entity("Place", "Bolívar"));
        await Store.ApplyDocumentAsync(b.Build());

        Assert.Null(await Store.GetEntityAsync(long_.Id));
        var located = Assert.Single(await AllRelationsAsync(sidor.Id));
        Assert.Equal(sidor.Id, located.SubjectId);
        Assert.Contains("doc-b", (await Store.GetEntityMentionsAsync(sidor.Id, new PageRequest())).Items.Select(m => m.DocumentId));
    }

    [Fact]
    public async Task Merging_entities_of_different_types_is_rejected()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var e = await Assert.ThrowsAsync<GraphValidationException>(() => Store.MergeEntitiesAsync(Harnecker, Chile));

        Assert.Contains("Person", e.Message);
        Assert.Contains("Place", e.Message);
        Assert.NotNull(await Store.GetEntityAsync(Chile));
    }
}
