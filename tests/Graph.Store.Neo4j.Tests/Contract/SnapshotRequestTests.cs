using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Store.Neo4j.Tests.Fakes;
using static Graph.Store.Neo4j.Tests.Contract.Samples;

namespace Graph.Store.Neo4j.Tests.Contract;

/// <summary>
/// The whole-graph reads (IGraphSnapshotReader): the Cypher sent (Golden/snapshot-*.json) and how the rows Neo4j
/// returns become document graphs and curation. Whether the Cypher finds the right rows is the live suite's job
/// (GraphStoreContract.Snapshot.cs runs there too).
/// </summary>
public sealed class SnapshotRequestTests
{
    private readonly FakeQueryApi _api = new();

    private static readonly string AdvisedId = Graph.Core.Identity.GraphIds.Relation("ADVISED", Marta, Admin, null, false);
    private static readonly string FromId = Graph.Core.Identity.GraphIds.Relation("FROM", Marta, Chile, null, false);

    private FakeQueryApi DocumentRows() => _api
        .Rows("MATCH (d:Document) WHERE d.id > $afterId", ["id", "title", "date", "source", "format", "text"],
            ["doc-harnecker", "Document doc-harnecker", "2005-07", "test", "text", Text])
        .Rows("-[c:CONTRIBUTES]->(n:Entity)", ["documentId", "entityId", "type", "name", "description", "externalId", "eventType", "date", "aliases"],
            ["doc-harnecker", Marta, "Person", "Marta Harnecker", "Chilean Marxist writer", null, null, null, new[] { "Marta Harnecker", "Harnecker" }],
            ["doc-harnecker", Chile, "Place", "Chile", null, null, null, null, new[] { "Chile" }],
            ["doc-harnecker", Admin, "Organization", "Chávez administration", null, null, null, null, new[] { "Chávez administration" }])
        .Rows("-[m:MENTIONS]->(n:Entity)", ["documentId", "entityId", "sentence", "spanStart", "spanEnd", "method", "confidence"],
            ["doc-harnecker", Marta, 1, 51, 60, "test-gazetteer", 0.9],
            ["doc-harnecker", Marta, 0, 0, 15, "test-gazetteer", 0.9],
            ["doc-harnecker", Admin, 0, 28, 49, "test-gazetteer", 0.9],
            ["doc-harnecker", Chile, 1, 73, 78, "test-gazetteer", 0.9])
        .Rows("MATCH (ev:Evidence {documentId: documentId})", ["documentId", "relationId", "relationType", "relationDate", "sentence", "spanStart", "spanEnd", "method", "confidence"],
            ["doc-harnecker", AdvisedId, "ADVISED", "2004", 0, 0, 49, "test-pattern", 0.8],
            ["doc-harnecker", FromId, "FROM", null, 0, 0, 78, "test-pattern", 0.7])
        .Rows("[r:`ADVISED` {id: id}]", ["id", "subjectId", "objectId", "role"], [AdvisedId, Marta, Admin, null])
        .Rows("[r:`FROM` {id: id}]", ["id", "subjectId", "objectId", "role"], [FromId, Marta, Chile, null]);

    [Fact]
    public async Task A_page_of_documents_is_read_in_a_few_statements_and_rebuilt_in_canonical_order()
    {
        DocumentRows();

        var graph = Assert.Single(await _api.Store().ReadDocumentGraphsAsync(null, 50));

        Assert.Equal(("doc-harnecker", "2005-07", Text), (graph.Document.Id, graph.Document.Date?.ToString(), graph.Document.Text));
        Assert.Equal([Admin, Marta, Chile], graph.Entities.Select(e => e.Id));
        var marta = graph.Entities[1];
        Assert.Equal(["Harnecker"], marta.Aliases);
        Assert.Equal([0, 51], marta.Mentions.Select(m => m.Start));
        Assert.Equal("Chilean Marxist writer", marta.Description);
        Assert.Equal(["ADVISED", "FROM"], graph.Relations.Select(r => r.Type));
        Assert.Equal(("2004", Marta, Admin, 49), (graph.Relations[0].Date?.ToString(), graph.Relations[0].SubjectId, graph.Relations[0].ObjectId, graph.Relations[0].Evidence.Single().End));
        Assert.All(_api.Requests, r => Assert.Equal("Read", r.Body?["accessMode"]?.GetValue<string>()));
        Golden.Verify("snapshot-documents", _api.Requests);
    }

    [Fact]
    public async Task Documents_by_id_ask_for_the_ids_sorted_and_once()
    {
        DocumentRows().Rows("MATCH (d:Document {id: id})", ["id", "title", "date", "source", "format", "text"],
            ["doc-harnecker", "Document doc-harnecker", "2005-07", "test", "text", Text]);

        var graphs = await _api.Store().ReadDocumentGraphsAsync(["doc-z", "doc-harnecker", "doc-z"]);

        Assert.Equal(["doc-harnecker"], graphs.Select(g => g.Document.Id));
        Assert.Equal(["doc-harnecker", "doc-z"], _api.Requests[0].Parameters!["ids"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task Evidence_of_a_relation_that_is_gone_fails_naming_the_document_and_relation()
    {
        DocumentRows().On(r => r.Statement?.Contains("[r:`FROM` {id: id}]", StringComparison.Ordinal) == true,
            r => FakeQueryApi.Json(System.Net.HttpStatusCode.Accepted, new System.Text.Json.Nodes.JsonObject { ["data"] = FakeQueryApi.Data(["id", "subjectId", "objectId", "role"], []) }));

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().ReadDocumentGraphsAsync(null, 50));

        Assert.Contains("doc-harnecker", e.Message);
        Assert.Contains(FromId, e.Message);
    }

    [Fact]
    public async Task The_curation_is_read_and_parsed()
    {
        _api.Rows("MATCH (m:MergedId)", ["removedId", "keptId"], ["organization:chavez-government", Admin])
            .Rows("WHERE r.provenance = 'Curated' OR r.status <> 'Unreviewed'", ["relation"],
                [RelationMap(AdvisedId, "ADVISED", Marta, Admin, 1.0, "Curated", "Accepted")],
                [RelationMap(FromId, "FROM", Marta, Chile, 0.7, "Extracted", "Rejected")])
            .Rows("WHERE n.nameCurated OR n.descriptionCurated", ["id", "name", "description", "aliases"],
                [Admin, "Chávez administration", null, new[] { "Chávez government", "Chávez government" }]);

        var curation = await _api.Store().ReadCurationAsync();

        Assert.Equal([new RememberedMerge("organization:chavez-government", Admin)], curation.Merges);
        Assert.Equal([Provenance.Curated], curation.CuratedRelations.Select(r => r.Provenance));
        Assert.Equal([RelationStatus.Accepted, RelationStatus.Rejected], curation.ReviewedRelations.Select(r => r.Status));
        var admin = Assert.Single(curation.Entities);
        Assert.Equal(("Chávez administration", (string?)null), (admin.Name, admin.Description));
        Assert.Equal(["Chávez government"], admin.CuratorAliases);
        Golden.Verify("snapshot-curation", _api.Requests);
    }

    [Fact]
    public async Task Entity_and_relation_pages_are_keyset_pages_over_every_relation_type()
    {
        _api.Rows("MATCH (n:Entity) WHERE n.id > $afterId", ["entity"], [EntityMap(Marta, "Person", "Marta Harnecker", "Harnecker")])
            .Rows("WITH r ORDER BY r.id LIMIT $limit", ["relation"], [RelationMap(AdvisedId, "ADVISED", Marta, Admin)]);
        var store = _api.Store();

        var entities = await store.ReadEntitiesAsync("organization:x", 25);
        var relations = await store.ReadRelationsAsync(null, 25);

        Assert.Equal([Marta], entities.Select(e => e.Id));
        Assert.Equal([AdvisedId], relations.Select(r => r.Id));
        var union = _api.Requests[1].Statement!;
        foreach (var type in Graph.Core.Schema.Ontology.Default.RelationTypes)
            Assert.Contains($"[r:`{type.Name}`]", union);
        Golden.Verify("snapshot-pages", _api.Requests);
    }

    [Fact]
    public async Task An_empty_page_is_refused_before_anything_is_sent()
    {
        await Assert.ThrowsAsync<Graph.Core.Schema.GraphValidationException>(() => _api.Store().ReadEntitiesAsync(null, 0));
        Assert.Empty(_api.Requests);
    }
}
