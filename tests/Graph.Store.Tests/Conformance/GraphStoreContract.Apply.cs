using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Apply_stores_entities_with_their_aliases_and_description()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var marta = await Store.GetEntityAsync(Harnecker);

        Assert.NotNull(marta);
        Assert.Equal("Person", marta.Type);
        Assert.Equal("Marta Harnecker", marta.Name);
        Assert.Equal("Chilean Marxist writer", marta.Description);
        Assert.Equal(["Harnecker"], marta.Aliases);
    }

    [Fact]
    public async Task Apply_reports_what_it_stored()
    {
        var result = await Store.ApplyDocumentAsync(HarneckerDoc());

        Assert.Equal(new ApplyResult("doc-harnecker", Unchanged: false, Replaced: false, Entities: 4, Relations: 3, Mentions: 5, Evidence: 3), result);
    }

    [Fact]
    public async Task Apply_stores_the_document_with_its_text_and_date()
    {
        var graph = HarneckerDoc();
        await Store.ApplyDocumentAsync(graph);

        var doc = await Store.GetDocumentAsync("doc-harnecker");

        Assert.Equal(graph.Document, doc);
        Assert.Equal("2005-07", doc!.Date!.ToString());
    }

    [Fact]
    public async Task Apply_gives_relations_the_deterministic_id_and_their_evidence()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var advised = await Store.GetRelationAsync(RelationId("ADVISED", Harnecker, ChavezAdministration));

        Assert.NotNull(advised);
        Assert.Equal((Harnecker, ChavezAdministration, 1, Provenance.Extracted, RelationStatus.Unreviewed),
            (advised.SubjectId, advised.ObjectId, advised.EvidenceCount, advised.Provenance, advised.Status));
        Assert.Equal(0.8, advised.Confidence, 9);
        var evidence = Assert.Single(await Store.GetEvidenceAsync(advised.Id));
        Assert.Equal("Marta Harnecker advised the Chávez administration", evidence.Text);
        Assert.Equal(("doc-harnecker", "test-pattern"), (evidence.DocumentId, evidence.Method));
    }

    [Fact]
    public async Task Reapplying_an_unchanged_document_changes_nothing()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var before = await SnapshotAsync(Store, HarneckerDoc());

        var result = await Store.ApplyDocumentAsync(HarneckerDoc());

        Assert.True(result.Unchanged);
        Assert.False(result.Replaced);
        Assert.Equal(before, await SnapshotAsync(Store, HarneckerDoc()));
    }

    [Fact]
    public async Task Reapplying_changed_text_replaces_the_documents_contribution()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var b = new DocBuilder("doc-harnecker", "Marta Harnecker lived in Chile for years.");
        b.Relate("FROM", b.Entity("Person", "Marta Harnecker"), b.Entity("Place", "Chile"), 0.6);

        var result = await Store.ApplyDocumentAsync(b.Build());

        Assert.True(result.Replaced);
        Assert.Null(await Store.GetEntityAsync(AWorldToBuild));
        Assert.Null(await Store.GetRelationAsync(RelationId("ADVISED", Harnecker, ChavezAdministration)));
        var from = await Store.GetRelationAsync(RelationId("FROM", Harnecker, Chile));
        Assert.Equal(0.6, from!.Confidence, 9);
        var evidence = Assert.Single(await Store.GetEvidenceAsync(from.Id));
        Assert.Equal("Marta Harnecker lived in Chile", evidence.Text);
        Assert.Equal(["Marta Harnecker", "Chile"], (await Store.GetDocumentMentionsAsync("doc-harnecker")).Select(m => m.Text));
    }

    [Fact]
    public async Task Reapplying_keeps_a_curators_status_on_a_relation_the_document_still_supports()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var id = RelationId("FROM", Harnecker, Chile);
        await Store.SetRelationStatusAsync(id, RelationStatus.Accepted, "checked");

        await Store.ApplyDocumentAsync(HarneckerDoc(text: HarneckerText + " Chile was her country."));

        var from = await Store.GetRelationAsync(id);
        Assert.Equal((RelationStatus.Accepted, "checked"), (from!.Status, from.StatusNote));
    }

    [Fact]
    public async Task A_relation_found_in_two_documents_keeps_both_evidence_and_combines_confidence_by_noisy_or()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-a", advisedConfidence: 0.5));
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-b", advisedConfidence: 0.6));

        var advised = await Store.GetRelationAsync(RelationId("ADVISED", Harnecker, ChavezAdministration));

        Assert.Equal(2, advised!.EvidenceCount);
        Assert.Equal(1 - (1 - 0.5) * (1 - 0.6), advised.Confidence, 9);
        Assert.Equal(["doc-a", "doc-b"], (await Store.GetEvidenceAsync(advised.Id)).Select(e => e.DocumentId));
    }

    [Fact]
    public async Task The_same_entity_named_in_two_documents_is_one_node_with_every_surface_form()
    {
        var a = new DocBuilder("doc-a", "Hugo Chávez spoke.");
        a.Entity("Person", "Hugo Chávez");
        var b = new DocBuilder("doc-b", "Chavez, that is Hugo Chavez, spoke.");
        b.Entity("Person", "Hugo Chavez", null, "Chavez");
        await Store.ApplyDocumentAsync(a.Build());
        await Store.ApplyDocumentAsync(b.Build());

        var hugo = await Store.GetEntityAsync(a.Build().Entities[0].Id);

        Assert.Equal("Hugo Chávez", hugo!.Name);
        Assert.Equal(["Chavez", "Hugo Chavez"], hugo.Aliases.Order(StringComparer.Ordinal));
        Assert.Equal(1, (await Store.GetStatsAsync()).EntitiesByType["Person"]);
    }

    [Fact]
    public async Task A_symmetric_relation_stated_both_ways_is_one_relation()
    {
        var b = new DocBuilder("doc-allies", "The FSLN allied with the FMLN. The FMLN allied with the FSLN.");
        var fsln = b.Entity("Organization", "FSLN");
        var fmln = b.Entity("Organization", "FMLN");
        b.Relate("ALLIED_WITH", fsln, fmln, 0.5);
        b.Relate("ALLIED_WITH", fmln, fsln, 0.5);

        var result = await Store.ApplyDocumentAsync(b.Build());

        Assert.Equal(1, result.Relations);
        var allied = Assert.Single(await AllRelationsAsync(fsln.Id));
        Assert.Equal(RelationId("ALLIED_WITH", fmln.Id, fsln.Id), allied.Id);
        Assert.Equal(2, allied.EvidenceCount);
    }

    [Fact]
    public async Task Document_mentions_come_in_text_order_with_their_text()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var mentions = await Store.GetDocumentMentionsAsync("doc-harnecker");

        Assert.Equal(["Marta Harnecker", "Chávez administration", "Harnecker", "Chile", "A World to Build"],
            mentions.Select(m => m.Text).Distinct());
        Assert.Equal(mentions.OrderBy(m => m.Start).Select(m => m.Start), mentions.Select(m => m.Start));
        Assert.All(mentions, m => Assert.Equal(HarneckerText[m.Start..m.End], m.Text));
    }

    [Fact]
    public async Task Entity_mentions_span_documents_and_page()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-a"));
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-b"));

        var first = await Store.GetEntityMentionsAsync(Chile, new PageRequest(1));
        var second = await Store.GetEntityMentionsAsync(Chile, new PageRequest(1, first.EndCursor));

        Assert.Equal(2, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.Equal(["doc-a", "doc-b"], first.Items.Concat(second.Items).Select(m => m.DocumentId));
        Assert.False(second.HasNextPage);
    }

    [Fact]
    public async Task Mention_and_evidence_texts_keep_every_character()
    {
        const string text = "«Zapatistas» 😀 \"quoted\"\tand\\slashed — ñandú met Chiapas\u2028.";
        var b = new DocBuilder("doc-chars", text);
        var zapatistas = b.Entity("Movement", "«Zapatistas» 😀 \"quoted\"\tand\\slashed — ñandú");
        b.Relate("OPPOSED", zapatistas, b.Entity("Place", "Chiapas\u2028"));

        await Store.ApplyDocumentAsync(b.Build());

        var mentions = await Store.GetDocumentMentionsAsync("doc-chars");
        Assert.Equal(["«Zapatistas» 😀 \"quoted\"\tand\\slashed — ñandú", "Chiapas\u2028"], mentions.Select(m => m.Text));
        var relation = Assert.Single(await AllRelationsAsync(zapatistas.Id));
        Assert.Equal(text[..^1], Assert.Single(await Store.GetEvidenceAsync(relation.Id)).Text);
    }
}
