using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Entities_in_batch_leave_out_unknown_ids()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var found = await Store.GetEntitiesAsync([Harnecker, Chile, "person:nobody"]);

        Assert.Equal([Harnecker, Chile], found.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Chile", found[Chile].Name);
    }

    [Fact]
    public async Task Prefix_search_matches_folded_names()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("CHAVEZ adm"));

        Assert.Equal([ChavezAdministration], hits.Items.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task Prefix_search_matches_aliases()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("harneck"));

        Assert.Equal([Harnecker], hits.Items.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task Prefix_search_ranks_an_exact_name_before_longer_ones()
    {
        var b = new DocBuilder("doc-ven", "Venezuelan Revolution began in Venezuela.");
        b.Entity("Movement", "Venezuelan Revolution");
        b.Entity("Place", "Venezuela");
        await Store.ApplyDocumentAsync(b.Build());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("venezuela"));

        Assert.Equal(["Venezuela", "Venezuelan Revolution"], hits.Items.Select(h => h.Entity.Name));
        Assert.True(hits.Items[0].Score > hits.Items[1].Score);
    }

    [Fact]
    public async Task Search_keeps_only_the_asked_types()
    {
        var b = new DocBuilder("doc-ven", "Venezuelan Revolution began in Venezuela.");
        b.Entity("Movement", "Venezuelan Revolution");
        b.Entity("Place", "Venezuela");
        await Store.ApplyDocumentAsync(b.Build());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("venez", Types: ["Movement"]));

        Assert.Equal(["Venezuelan Revolution"], hits.Items.Select(h => h.Entity.Name));
    }

    [Fact]
    public async Task Full_text_search_finds_words_of_descriptions()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("marxist", Mode: SearchMode.FullText));

        Assert.Equal([Harnecker], hits.Items.Select(h => h.Entity.Id));
    }

    [Fact]
    public async Task Full_text_search_ranks_name_matches_above_description_matches()
    {
        var b = new DocBuilder("doc-cvg", "CVG owned Alcasa. Alcasa made aluminium.");
        b.Entity("Organization", "CVG", "State holding that owned Alcasa");
        b.Entity("Organization", "Alcasa", "Aluminium smelter");
        await Store.ApplyDocumentAsync(b.Build());

        var hits = await Store.SearchEntitiesAsync(new EntitySearch("alcasa", Mode: SearchMode.FullText));

        Assert.Equal(["Alcasa", "CVG"], hits.Items.Select(h => h.Entity.Name));
    }

    [Fact]
    public async Task Search_pages_follow_the_cursor()
    {
        var b = new DocBuilder("doc-places", "Caracas, Cali, Cartagena and Cusco.");
        foreach (var name in new[] { "Caracas", "Cali", "Cartagena", "Cusco" }) b.Entity("Place", name);
        await Store.ApplyDocumentAsync(b.Build());

        var first = await Store.SearchEntitiesAsync(new EntitySearch("ca", Page: new PageRequest(2)));
        var second = await Store.SearchEntitiesAsync(new EntitySearch("ca", Page: new PageRequest(2, first.EndCursor)));

        Assert.Equal(3, first.TotalCount);
        Assert.True(first.HasNextPage);
        Assert.Equal(["Cali", "Caracas", "Cartagena"], first.Items.Concat(second.Items).Select(h => h.Entity.Name).Order());
        Assert.False(second.HasNextPage);
        Assert.True(second.HasPreviousPage);
    }

    [Fact]
    public async Task Relations_of_an_entity_follow_the_asked_direction()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var outgoing = await Store.GetRelationsAsync(new RelationQuery(Harnecker, Direction.Outgoing));
        var incoming = await Store.GetRelationsAsync(new RelationQuery(Harnecker, Direction.Incoming));
        var intoChile = await Store.GetRelationsAsync(new RelationQuery(Chile, Direction.Incoming));

        Assert.Equal(3, outgoing.TotalCount);
        Assert.Equal(0, incoming.TotalCount);
        Assert.Equal(["FROM"], intoChile.Items.Select(r => r.Type));
    }

    [Fact]
    public async Task Relations_of_an_entity_filter_by_type_and_minimum_confidence()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var byType = await Store.GetRelationsAsync(new RelationQuery(Harnecker, Types: ["FROM", "AUTHORED"]));
        var sure = await Store.GetRelationsAsync(new RelationQuery(Harnecker, MinConfidence: 0.75));

        Assert.Equal(["AUTHORED", "FROM"], byType.Items.Select(r => r.Type));
        Assert.Equal(["AUTHORED", "ADVISED"], sure.Items.Select(r => r.Type));
    }

    [Fact]
    public async Task Relations_of_an_entity_page_surest_first()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var first = await Store.GetRelationsAsync(new RelationQuery(Harnecker, Page: new PageRequest(2)));
        var rest = await Store.GetRelationsAsync(new RelationQuery(Harnecker, Page: new PageRequest(2, first.EndCursor)));

        Assert.Equal(["AUTHORED", "ADVISED", "FROM"], first.Items.Concat(rest.Items).Select(r => r.Type));
        Assert.Equal((3, true, false), (first.TotalCount, first.HasNextPage, rest.HasNextPage));
    }

    [Fact]
    public async Task An_unknown_relation_id_reads_as_null_with_no_evidence()
    {
        Assert.Null(await Store.GetRelationAsync("rel:nothing"));
        Assert.Empty(await Store.GetEvidenceAsync("rel:nothing"));
    }

    [Fact]
    public async Task Documents_list_in_id_order_with_length_and_mention_count()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-b"));
        await Store.ApplyDocumentAsync(HarneckerDoc("doc-a"));

        var first = await Store.ListDocumentsAsync(new PageRequest(1));
        var second = await Store.ListDocumentsAsync(new PageRequest(1, first.EndCursor));

        Assert.Equal(["doc-a", "doc-b"], first.Items.Concat(second.Items).Select(d => d.Id));
        Assert.Equal((HarneckerText.Length, 5, "Document doc-a"), (first.Items[0].Length, first.Items[0].MentionCount, first.Items[0].Title));
        Assert.Equal(2, first.TotalCount);
    }

    [Fact]
    public async Task An_unknown_document_reads_as_null_and_its_mentions_are_not_found()
    {
        Assert.Null(await Store.GetDocumentAsync("doc-missing"));
        await Assert.ThrowsAsync<Graph.Core.Schema.GraphNotFoundException>(() => Store.GetDocumentMentionsAsync("doc-missing"));
    }

    [Fact]
    public async Task Stats_count_entities_relations_and_events_by_type()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var b = new DocBuilder("doc-coup", "The 2002 coup happened in Venezuela.");
        b.Relate(Ontology.EventPlaceRelation, b.Event("2002 coup", "Coup", "2002-04-11"), b.Entity("Place", "Venezuela"));
        await Store.ApplyDocumentAsync(b.Build());

        var stats = await Store.GetStatsAsync();

        Assert.Equal(2, stats.EntitiesByType["Place"]);
        Assert.Equal(1, stats.EntitiesByType["Event"]);
        Assert.Equal(1, stats.RelationsByType[Ontology.EventPlaceRelation]);
        Assert.Equal(1, stats.EventsByType["Coup"]);
        Assert.Equal((2, 7, 4), (stats.Documents, stats.Mentions, stats.Evidence));
    }
}
