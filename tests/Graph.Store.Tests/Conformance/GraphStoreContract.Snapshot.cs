using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

/// <summary>Reading the whole graph back out (IGraphSnapshotReader): what moving a graph to another store relies on.</summary>
public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task A_document_snapshot_gives_back_what_the_document_contributed()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());

        var graph = Assert.Single(await Store.ReadDocumentGraphsAsync(null, 10));

        Assert.Equal(HarneckerDoc().Document, graph.Document);
        Assert.Equal([ChavezAdministration, Harnecker, Chile, AWorldToBuild], graph.Entities.Select(e => e.Id));
        var marta = graph.Entities.Single(e => e.Id == Harnecker);
        Assert.Equal(("Marta Harnecker", "Chilean Marxist writer"), (marta.Name, marta.Description));
        Assert.Equal(["Harnecker"], marta.Aliases);
        Assert.Equal(HarneckerDoc().Entities.Single(e => e.Id == Harnecker).Mentions.OrderBy(m => m.Start), marta.Mentions);
        Assert.Equal(["ADVISED", "AUTHORED", "FROM"], graph.Relations.Select(r => r.Type));
        foreach (var r in graph.Relations)
        {
            var given = HarneckerDoc().Relations.Single(x => x.Type == r.Type);
            Assert.Equal((given.SubjectId, given.ObjectId, given.Role), (r.SubjectId, r.ObjectId, r.Role));
            Assert.Equal(given.Evidence, r.Evidence);
        }
    }

    [Fact]
    public async Task A_snapshot_keeps_event_details_relation_dates_and_roles()
    {
        var b = new DocBuilder("doc-coup", "The 2002 coup attempt failed. Chávez led the 2002 coup attempt resistance.");
        var coup = b.Event("2002 coup attempt", "Coup", "2002-04-11");
        var chavez = b.Entity("Person", "Chávez");
        b.Relate("PARTICIPATED_IN", chavez, coup, 0.6, role: "target", date: "2002-04");
        await Store.ApplyDocumentAsync(b.Build());

        var graph = Assert.Single(await Store.ReadDocumentGraphsAsync(["doc-coup"]));

        var ev = graph.Entities.Single(e => e.Id == coup.Id);
        Assert.Equal(("Coup", "2002-04-11"), (ev.Event!.EventType, ev.Event.Date?.ToString()));
        var r = Assert.Single(graph.Relations);
        Assert.Equal(("target", "2002-04", chavez.Id, coup.Id), (r.Role, r.Date?.ToString(), r.SubjectId, r.ObjectId));
    }

    [Fact]
    public async Task Re_applying_a_snapshot_changes_nothing_and_snapshots_again_the_same()
    {
        var graph = HarneckerDoc();
        await Store.ApplyDocumentAsync(graph);
        await Store.ApplyDocumentAsync(SecondHarneckerDoc());
        var before = await SnapshotAsync(Store, graph);
        var snapshot = await Store.ReadDocumentGraphsAsync(null, 10);

        foreach (var g in snapshot) await Store.ApplyDocumentAsync(g);

        Assert.Equal(before, await SnapshotAsync(Store, graph));
        Assert.Equal(Canonical(snapshot), Canonical(await Store.ReadDocumentGraphsAsync(null, 10)));
    }

    [Fact]
    public async Task Snapshot_pages_follow_document_ids_and_unknown_ids_are_left_out()
    {
        foreach (var id in new[] { "doc-c", "doc-a", "doc-b" }) await Store.ApplyDocumentAsync(HarneckerDoc(id));

        var first = await Store.ReadDocumentGraphsAsync(null, 2);
        var second = await Store.ReadDocumentGraphsAsync(first[^1].Document.Id, 2);
        var all = await Store.DocumentGraphsAsync(pageSize: 1).ToListAsync();
        var byId = await Store.ReadDocumentGraphsAsync(["doc-b", "doc-nowhere", "doc-a"]);

        Assert.Equal(["doc-a", "doc-b"], first.Select(g => g.Document.Id));
        Assert.Equal(["doc-c"], second.Select(g => g.Document.Id));
        Assert.Equal(["doc-a", "doc-b", "doc-c"], all.Select(g => g.Document.Id));
        Assert.Equal(["doc-a", "doc-b"], byId.Select(g => g.Document.Id));
        await Assert.ThrowsAsync<Graph.Core.Schema.GraphValidationException>(() => Store.ReadDocumentGraphsAsync(null, 0));
    }

    [Fact]
    public async Task Entity_and_relation_pages_cover_the_graph_in_id_order()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        await Store.ApplyDocumentAsync(SecondHarneckerDoc());
        var stats = await Store.GetStatsAsync();

        var entities = await Store.EntitiesAsync(pageSize: 2).ToListAsync();
        var relations = await Store.RelationsAsync(pageSize: 2).ToListAsync();

        Assert.Equal(stats.EntitiesByType.Values.Sum(), entities.Count);
        Assert.Equal(entities.Select(e => e.Id).Order(StringComparer.Ordinal), entities.Select(e => e.Id));
        Assert.Equal(Json(await Store.GetEntityAsync(Harnecker)), Json(entities.Single(e => e.Id == Harnecker)));
        Assert.Equal(stats.RelationsByType.Values.Sum(), relations.Count);
        Assert.Equal(relations.Select(r => r.Id).Order(StringComparer.Ordinal), relations.Select(r => r.Id));
        var advised = RelationId("ADVISED", Harnecker, ChavezAdministration);
        Assert.Equal(await Store.GetRelationAsync(advised), relations.Single(r => r.Id == advised));
    }

    [Fact]
    public async Task A_merged_document_snapshots_under_the_name_it_used_and_the_merge_is_in_the_curation()
    {
        var a = new DocBuilder("doc-a", "Sidor is a steelworks.");
        var sidor = a.Entity("Organization", "Sidor");
        await Store.ApplyDocumentAsync(a.Build());
        var b = new DocBuilder("doc-b", "Siderúrgica del Orinoco is in Bolívar.");
        var long_ = b.Entity("Organization", "Siderúrgica del Orinoco");
        var bolivar = b.Entity("Place", "Bolívar");
        b.Relate("LOCATED_IN", long_, bolivar);
        await Store.ApplyDocumentAsync(b.Build());

        await Store.MergeEntitiesAsync(sidor.Id, long_.Id);

        var graph = Assert.Single(await Store.ReadDocumentGraphsAsync(["doc-b"]));
        Assert.Equal([long_.Id, bolivar.Id], graph.Entities.Select(e => e.Id));
        var located = Assert.Single(graph.Relations);
        Assert.Equal((long_.Id, bolivar.Id), (located.SubjectId, located.ObjectId));
        var curation = await Store.ReadCurationAsync();
        Assert.Equal([new RememberedMerge(long_.Id, sidor.Id)], curation.Merges);
        var kept = Assert.Single(curation.Entities);
        Assert.Equal((sidor.Id, "Sidor"), (kept.EntityId, kept.Name));
        Assert.Contains("Siderúrgica del Orinoco", kept.CuratorAliases);
    }

    [Fact]
    public async Task The_curation_lists_curated_relations_reviews_and_entity_edits()
    {
        await Store.ApplyDocumentAsync(HarneckerDoc());
        var leads = await Store.AddCuratedRelationAsync(new CuratedRelation("LEADS", Harnecker, ChavezAdministration, "adviser", EdtfDate.Parse("2004")));
        var from = await Store.SetRelationStatusAsync(RelationId("FROM", Harnecker, Chile), RelationStatus.Disputed, "exile, not birth");
        await Store.UpdateEntityAsync(Chile, new EntityUpdate(Description: "A country"));
        await Store.UpdateEntityAsync(AWorldToBuild, new EntityUpdate(Name: "Un mundo a construir", Aliases: ["A World to Build"]));

        var curation = await Store.ReadCurationAsync();

        Assert.Empty(curation.Merges);
        Assert.Equal([leads], curation.CuratedRelations);
        Assert.Equal(new[] { leads, from }.OrderBy(r => r.Id, StringComparer.Ordinal), curation.ReviewedRelations);
        Assert.Equal([Chile, AWorldToBuild], curation.Entities.Select(e => e.EntityId));
        var book = curation.Entities[1];
        Assert.Equal(("Un mundo a construir", (string?)null), (book.Name, book.Description));
        Assert.Equal(["A World to Build"], book.CuratorAliases);
        var chile = curation.Entities[0];
        Assert.Equal(((string?)null, "A country", 0), (chile.Name, chile.Description, chile.CuratorAliases.Count));
    }

    [Fact]
    public async Task An_empty_store_has_an_empty_snapshot()
    {
        Assert.Empty(await Store.ReadDocumentGraphsAsync(null, 5));
        Assert.Empty(await Store.ReadEntitiesAsync(null, 5));
        Assert.Empty(await Store.ReadRelationsAsync(null, 5));
        var curation = await Store.ReadCurationAsync();
        Assert.Equal((0, 0, 0, 0), (curation.Merges.Count, curation.CuratedRelations.Count, curation.ReviewedRelations.Count, curation.Entities.Count));
    }

    /// <summary>A second text naming Harnecker, so that entities and relations have evidence from two documents.</summary>
    protected static DocumentGraph SecondHarneckerDoc()
    {
        var b = new DocBuilder("doc-harnecker-2", "Harnecker, a Chilean, advised the Chávez administration in Caracas.");
        var marta = b.Entity("Person", "Marta Harnecker", null, "Harnecker");
        var admin = b.Entity("Organization", "Chávez administration");
        var caracas = b.Entity("Place", "Caracas");
        b.Relate("ADVISED", marta, admin, 0.6, date: "2004");
        b.Relate("LOCATED_IN", admin, caracas, 0.5);
        return b.Build();
    }

    private static string Json(object? value) => System.Text.Json.JsonSerializer.Serialize(value, SnapshotJson);

    private static string Canonical(IEnumerable<DocumentGraph> graphs) =>
        System.Text.Json.JsonSerializer.Serialize(graphs.Select(g => new
        {
            g.Document.Id, g.Document.Title, Date = g.Document.Date?.ToString(), g.Document.Source, g.Document.Format, g.Document.Text,
            Entities = g.Entities.Select(e => new { e.Type, e.Name, e.Aliases, e.Mentions, e.Description, e.ExternalId, Event = e.Event?.EventType, EventDate = e.Event?.Date?.ToString() }),
            Relations = g.Relations.Select(r => new { r.Type, r.SubjectId, r.ObjectId, r.Evidence, r.Role, Date = r.Date?.ToString() }),
        }));
}
