using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Store.Neo4j.Internal;
using Graph.Store.Neo4j.Tests.Fakes;
using static Graph.Store.Neo4j.Tests.Contract.Samples;

namespace Graph.Store.Neo4j.Tests.Contract;

/// <summary>
/// For each store operation, the Cypher and parameters sent, compared with Golden/*.json. The fake answers with
/// just enough rows for the operation to go on; these tests prove what the client sends, not what Neo4j does with it.
/// </summary>
public sealed class GoldenRequestTests
{
    private readonly FakeQueryApi _api = new();

    private FakeQueryApi EntitiesExist() => _api.EchoIds("RETURN n.id AS id");

    private FakeQueryApi EntityRows() => _api.Rows("RETURN n {.id", ["entity"],
        [EntityMap(Marta, "Person", "Marta Harnecker", "Harnecker")], [EntityMap(Chile, "Place", "Chile")]);

    [Fact]
    public async Task Schema_statements()
    {
        await _api.Store(schemaApplied: false).InitializeAsync();
        Golden.Verify("schema", _api.Requests);
    }

    [Fact]
    public async Task Apply_a_new_document()
    {
        var result = await _api.Store().ApplyDocumentAsync(Doc());
        Assert.Equal(new ApplyResult("doc-harnecker", false, false, 3, 2, 4, 2), result);
        Golden.Verify("apply-new-document", _api.Requests);
    }

    [Fact]
    public async Task Apply_an_unchanged_document()
    {
        var doc = Doc();
        _api.Rows("RETURN d.contentHash", ["contentHash", "graphHash"], [doc.Document.ContentHash, GraphHash.Of(doc)]);
        var result = await _api.Store().ApplyDocumentAsync(doc);
        Assert.True(result.Unchanged);
        Golden.Verify("apply-unchanged-document", _api.Requests);
    }

    [Fact]
    public async Task Apply_a_changed_document_replaces_its_contribution()
    {
        _api.Rows("RETURN d.contentHash", ["contentHash", "graphHash"], ["old-content", "old-graph"])
            .Rows("RETURN m.id AS id, m.keptId", ["id", "keptId"], [Admin, "organization:chavez-government"])
            .Rows("DELETE ev\nRETURN DISTINCT relationId", ["relationId", "relationType"], ["rel:0123", "AUTHORED"])
            .Rows("RETURN DISTINCT entityId", ["entityId"], ["work:a-world-to-build"])
            .Rows("RETURN subjectId, objectId", ["subjectId", "objectId"], [Marta, "work:a-world-to-build"]);
        var result = await _api.Store().ApplyDocumentAsync(Doc());
        Assert.True(result.Replaced);
        Golden.Verify("apply-changed-document", _api.Requests);
    }

    [Fact]
    public async Task Delete_a_document()
    {
        _api.Rows("RETURN d.id AS id", ["id"], ["doc-harnecker"]);
        await _api.Store().DeleteDocumentAsync("doc-harnecker");
        Golden.Verify("delete-document", _api.Requests);
    }

    [Fact]
    public async Task Add_a_curated_relation()
    {
        _api.Rows("RETURN n.id AS id, n.type AS type", ["id", "type"], [Marta, "Person"], [Admin, "Organization"])
            .Rows("RETURN r {.id", ["relation"], [RelationMap("rel:x", "LEADS", Marta, Admin, 1.0, "Curated", "Accepted")]);
        var r = await _api.Store().AddCuratedRelationAsync(new CuratedRelation("LEADS", Marta, Admin, "adviser", EdtfDate.Parse("2004"), "from her CV"));
        Assert.Equal(Provenance.Curated, r.Provenance);
        Golden.Verify("add-curated-relation", _api.Requests);
    }

    [Fact]
    public async Task Set_a_relations_status()
    {
        _api.Rows("RETURN r {.id", ["relation"], [RelationMap("rel:x", "FROM", Marta, Chile)]);
        await _api.Store().SetRelationStatusAsync("rel:x", RelationStatus.Rejected, "wrong reading");
        Golden.Verify("set-relation-status", _api.Requests);
    }

    [Fact]
    public async Task Update_an_entity()
    {
        _api.Rows("RETURN n.id AS id, n.type AS type", ["id", "type"], [Marta, "Person"]);
        EntityRows();
        await _api.Store().UpdateEntityAsync(Marta, new EntityUpdate("Marta Harnecker Cerdá", "Chilean sociologist", ["M. Harnecker"]));
        Golden.Verify("update-entity", _api.Requests);
    }

    [Fact]
    public async Task Merge_two_entities()
    {
        const string removed = "person:m-harnecker";
        _api.Rows("RETURN n.id AS id, n.type AS type", ["id", "type"], [Marta, "Person"], [removed, "Person"])
            .Rows("RETURN DISTINCT r {.id", ["relation"], [RelationMap("rel:m", "FROM", removed, Chile)], [RelationMap("rel:loop", "ADVISED", removed, Marta)]);
        EntityRows();
        await _api.Store().MergeEntitiesAsync(Marta, removed);
        Golden.Verify("merge-entities", _api.Requests);
    }

    [Fact]
    public async Task Read_entities()
    {
        EntityRows();
        var found = await _api.Store().GetEntitiesAsync([Marta, Chile, "person:nobody"]);
        Assert.Equal(["Harnecker"], found[Marta].Aliases);
        Golden.Verify("get-entities", _api.Requests);
    }

    [Fact]
    public async Task Search_by_prefix()
    {
        _api.Rows("STARTS WITH $prefix", ["id", "matched"], [Marta, new[] { "harnecker", "marta harnecker" }], [Chile, new[] { "chile" }]);
        EntityRows();
        var hits = await _api.Store().SearchEntitiesAsync(new EntitySearch("Harn", ["Person", "Place"]));
        // "harn" covers 4/5 of the (fake) match "chile" but only 4/9 of "harnecker": the score is coverage, as in SQLite.
        Assert.Equal([Chile, Marta], hits.Items.Select(h => h.Entity.Id));
        Golden.Verify("search-prefix", _api.Requests);
    }

    [Fact]
    public async Task Search_full_text_escapes_the_users_words()
    {
        _api.Rows("db.index.fulltext.queryNodes", ["id", "score"], [Marta, 2.5]);
        EntityRows();
        await _api.Store().SearchEntitiesAsync(new EntitySearch("marxist AND (writer*", Mode: SearchMode.FullText));
        Golden.Verify("search-full-text", _api.Requests);
    }

    [Fact]
    public async Task Read_an_entitys_relations()
    {
        _api.Rows("collect(DISTINCT", ["id", "relations"], [Marta, new[] { RelationMap("rel:a", "ADVISED", Marta, Admin), RelationMap("rel:f", "FROM", Marta, Chile, 0.7) }]);
        var page = await _api.Store().GetRelationsAsync(new RelationQuery(Marta, Direction.Outgoing, ["ADVISED", "FROM"], 0.5));
        Assert.Equal(["rel:a", "rel:f"], page.Items.Select(r => r.Id));
        Golden.Verify("get-relations", _api.Requests);
    }

    [Fact]
    public async Task Read_a_relation_and_its_evidence()
    {
        var store = _api.Store();
        await store.GetRelationAsync("rel:a");
        await store.GetEvidenceAsync("rel:a");
        Golden.Verify("get-relation-and-evidence", _api.Requests);
    }

    [Fact]
    public async Task Read_documents_and_mentions()
    {
        _api.Rows("RETURN count(d) AS total", ["total"], [2])
            .Rows("RETURN d.id AS id, collect(m", ["id", "mentions"], ["doc-harnecker", Array.Empty<object>()])
            .Rows("RETURN size(mentions) AS total", ["total", "page"], [0, Array.Empty<object>()]);
        var store = _api.Store();
        await store.GetDocumentAsync("doc-harnecker");
        await store.ListDocumentsAsync(new PageRequest(10));
        await store.GetDocumentMentionsAsync("doc-harnecker");
        await store.GetEntityMentionsAsync(Marta, new PageRequest(5, Cursor.Encode(4)));
        Golden.Verify("documents-and-mentions", _api.Requests);
    }

    [Fact]
    public async Task Read_stats()
    {
        _api.Rows("RETURN entities, relations", ["entities", "relations", "events", "documents", "mentions", "evidence"],
            [new object[] { new object[] { "Person", 1 } }, new object[] { new object[] { "FROM", 1 } }, Array.Empty<object>(), 1, 4, 2]);
        var stats = await _api.Store().GetStatsAsync();
        Assert.Equal((1, 1, 4), (stats.EntitiesByType["Person"], stats.RelationsByType["FROM"], stats.Mentions));
        Golden.Verify("stats", _api.Requests);
    }

    [Fact]
    public async Task Read_the_timeline_by_participant_place_period_and_type()
    {
        EntitiesExist().Rows("RETURN DISTINCT v.id AS id", ["id"], [Admin]).Rows("RETURN size(events) AS total", ["total", "page"], [0, Array.Empty<object>()]);
        await _api.Store().GetTimelineAsync(new TimelineQuery([Marta], 1, Chile, EdtfDate.Parse("200X"), ["Coup"], new PageRequest(10)));
        Golden.Verify("timeline-filtered", _api.Requests);
    }

    [Fact]
    public async Task Read_the_whole_timeline_and_by_place()
    {
        EntitiesExist().Rows("RETURN size(events) AS total", ["total", "page"], [0, Array.Empty<object>()]);
        var store = _api.Store();
        await store.GetTimelineAsync(new TimelineQuery());
        await store.GetTimelineAsync(new TimelineQuery(PlaceId: Chile));
        Golden.Verify("timeline-all-and-by-place", _api.Requests);
    }

    [Fact]
    public async Task Read_a_network()
    {
        EntitiesExist().Rows("best[0] AS weight", ["id", "weight", "confidence"], [Admin, 1, 0.8]);
        EntityRows();
        await _api.Store().GetNetworkAsync(new NetworkQuery([Marta], 2, ["ADVISED", "LEADS"], ["Organization"], EdtfDate.Parse("2004"), 0.5, 50));
        Golden.Verify("network", _api.Requests);
    }

    [Fact]
    public async Task Find_paths()
    {
        EntitiesExist().Rows("RETURN length(p) AS length", ["length"], [2]);
        await _api.Store().FindPathsAsync(new PathQuery(Marta, Chile, 3, ["FROM", "ADVISED"], ["Organization"], 2));
        Golden.Verify("paths", _api.Requests);
    }
}
