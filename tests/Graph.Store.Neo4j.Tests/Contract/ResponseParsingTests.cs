using System.Net;
using System.Text.Json.Nodes;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Store.Neo4j.Tests.Fakes;
using static Graph.Store.Neo4j.Tests.Contract.Samples;

namespace Graph.Store.Neo4j.Tests.Contract;

/// <summary>
/// How the client reads Query API answers, from fixtures shaped as Neo4j documents them (plain and typed JSON,
/// errors lists, status codes). A fake HttpMessageHandler serves them: this proves the client, never Neo4j.
/// </summary>
public sealed class ResponseParsingTests
{
    private readonly FakeQueryApi _api = new();

    [Fact]
    public async Task Plain_json_rows_become_entities()
    {
        _api.Rows("RETURN n {.id", ["entity"], [new Dictionary<string, object?>
        {
            ["id"] = "event:2002-coup", ["type"] = "Event", ["name"] = "2002 coup", ["aliases"] = new[] { "2002 coup", "golpe de 2002" },
            ["description"] = "Short-lived coup", ["externalId"] = "Q1", ["eventType"] = "Coup", ["date"] = "2002-04-11",
        }]);

        var e = await _api.Store().GetEntityAsync("event:2002-coup");

        Assert.Equal(("2002 coup", "Coup", "2002-04-11", "Q1"), (e!.Name, e.Event!.EventType, e.Event.Date!.ToString(), e.ExternalId));
        Assert.Equal(["golpe de 2002"], e.Aliases);
    }

    [Fact]
    public async Task Typed_json_relation_reads_exactly()
    {
        JsonNode T(string type, JsonNode? value) => new JsonObject { ["$type"] = type, ["_value"] = value };
        var relation = T("Map", new JsonObject
        {
            ["id"] = T("String", "rel:a"), ["type"] = T("String", "ADVISED"), ["subjectId"] = T("String", Marta), ["objectId"] = T("String", Admin),
            ["role"] = T("Null", null), ["date"] = T("String", "2004"), ["confidence"] = T("Float", "1.0"), ["evidenceCount"] = T("Integer", "3"),
            ["provenance"] = T("String", "Extracted"), ["status"] = T("String", "Accepted"), ["statusNote"] = T("String", "checked"),
        });
        _api.On(r => r.Statement?.Contains("RETURN r {.id") == true, _ => FakeQueryApi.Json(HttpStatusCode.Accepted,
            new JsonObject { ["data"] = FakeQueryApi.Data(["relation"], [[relation]]) }, "application/vnd.neo4j.query"));

        var r = await _api.Store().GetRelationAsync("rel:a");

        Assert.Equal(("rel:a", 1.0, 3, "2004", "checked"), (r!.Id, r.Confidence, r.EvidenceCount, r.Date!.ToString(), r.StatusNote));
    }

    [Fact]
    public async Task Errors_after_partial_data_fail_the_read_and_name_the_operation_and_code()
    {
        // A 202 whose body holds rows streamed before the error, then the error: the rows must not be used.
        _api.On(r => r.Statement?.Contains("RETURN n {.id") == true, _ => FakeQueryApi.Json(HttpStatusCode.Accepted, new JsonObject
        {
            ["data"] = FakeQueryApi.Data(["entity"], [[EntityMap(Marta, "Person", "Marta Harnecker")]]),
            ["errors"] = new JsonArray(new JsonObject { ["code"] = "Neo.DatabaseError.Statement.ExecutionFailed", ["message"] = "Java heap space" }),
        }));

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().GetEntityAsync(Marta));

        Assert.Equal(("read entities", "Neo.DatabaseError.Statement.ExecutionFailed"), (e.Operation, e.Code));
        Assert.Contains("Java heap space", e.Message);
    }

    [Fact]
    public async Task Wrong_credentials_say_so_and_name_the_settings()
    {
        _api.Fail(_ => true, HttpStatusCode.Unauthorized, "Neo.ClientError.Security.Unauthorized", "The client is unauthorized due to authentication failure.");

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().GetStatsAsync());

        Assert.Contains("credentials are wrong", e.Message);
        Assert.Contains("Neo4j:User", e.Message);
        Assert.Contains("Neo4j:Password", e.Message);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task A_missing_database_names_it_and_the_setting()
    {
        _api.Fail(_ => true, HttpStatusCode.NotFound, "Neo.ClientError.Database.DatabaseNotFound", "Graph not found: grafo");
        var options = FakeQueryApi.Options() with { Database = "grafo" };

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store(options).GetDocumentAsync("doc-a"));

        Assert.Contains("'grafo'", e.Message);
        Assert.Contains("Neo4j:Database", e.Message);
        Assert.Equal("/db/grafo/query/v2", _api.Requests.Single().Path);
    }

    [Fact]
    public async Task A_server_without_the_query_api_says_which_version_and_module_it_needs()
    {
        _api.On(_ => true, _ => new HttpResponseMessage(HttpStatusCode.NotFound));

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().GetStatsAsync());

        Assert.Contains("5.26", e.Message);
        Assert.Contains("QUERY_API_ENDPOINTS", e.Message);
    }

    [Fact]
    public async Task An_unknown_transaction_fails_the_write_says_nothing_was_committed_and_rolls_back()
    {
        _api.Fail(r => r.Path == "/db/neo4j/query/v2/tx/tx1", HttpStatusCode.NotFound, "Neo.ClientError.Transaction.TransactionNotFound", "Transaction tx1 not found");

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().ApplyDocumentAsync(Doc()));

        Assert.Contains("Nothing of it was committed", e.Message);
        Assert.Contains("apply document 'doc-harnecker'", e.Message);
        Assert.DoesNotContain(_api.Requests, r => r.Path.EndsWith("/commit"));
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1"), (_api.Requests[^1].Method, _api.Requests[^1].Path));
    }

    [Fact]
    public async Task A_transient_error_on_a_read_is_retried_until_it_succeeds()
    {
        _api.Fail(_ => true, HttpStatusCode.BadRequest, "Neo.TransientError.General.MemoryPoolOutOfMemoryError", "try later", times: 2);
        _api.Rows("RETURN d.id AS id, d.title", ["id", "title", "date", "source", "format", "text"], ["doc-a", "A", null, null, "text", "Body."]);

        var doc = await _api.Store().GetDocumentAsync("doc-a");

        Assert.Equal("Body.", doc!.Text);
        Assert.Equal(3, _api.Requests.Count);
    }

    [Fact]
    public async Task A_transient_error_in_a_write_rolls_back_and_retries_the_whole_transaction()
    {
        _api.Fail(r => r.Statement?.Contains("MERGE (d:Document") == true, HttpStatusCode.BadRequest,
            "Neo.TransientError.Transaction.DeadlockDetected", "deadlock", times: 1);

        var result = await _api.Store().ApplyDocumentAsync(Doc());

        Assert.False(result.Unchanged);
        Assert.Equal(["DELETE /db/neo4j/query/v2/tx/tx1", "POST /db/neo4j/query/v2/tx/tx2/commit"],
            _api.Requests.Where(r => r.Method == "DELETE" || r.Path.EndsWith("/commit")).Select(r => $"{r.Method} {r.Path}"));
        Assert.Equal(2, _api.Requests.Count(r => r.Path.EndsWith("/tx")));
    }

    [Fact]
    public async Task A_connection_dropped_mid_apply_rolls_back_and_reports_nothing_applied()
    {
        var sent = 0;
        _api.On(r => r.Method == "POST" && ++sent == 5, _ => throw new HttpRequestException("The response ended prematurely."));

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().ApplyDocumentAsync(Doc()));

        Assert.Contains("Cannot reach Neo4j at http://neo4j.test:7474", e.Message);
        Assert.Contains("apply document 'doc-harnecker'", e.Message);
        Assert.DoesNotContain(_api.Requests, r => r.Path.EndsWith("/commit"));
        Assert.Equal(("DELETE", "/db/neo4j/query/v2/tx/tx1"), (_api.Requests[^1].Method, _api.Requests[^1].Path));
    }

    [Fact]
    public async Task An_unreachable_server_names_the_uri_and_the_setting()
    {
        _api.On(_ => true, _ => throw new HttpRequestException("Connection refused (neo4j.test:7474)"));

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store().GetEntityAsync(Marta));

        Assert.Contains("http://neo4j.test:7474", e.Message);
        Assert.Contains("Neo4j:Uri", e.Message);
    }

    [Fact]
    public async Task Follow_ups_echo_the_cluster_affinity_header_and_reads_ask_for_read_access()
    {
        await _api.Store().ApplyDocumentAsync(Doc());
        await _api.Store().GetDocumentAsync("doc-a");

        var tx = _api.Requests.Where(r => r.Path.Contains("/tx")).ToList();
        Assert.Null(tx[0].Affinity);
        Assert.All(tx.Skip(1), r => Assert.Equal(FakeQueryApi.Affinity, r.Affinity));
        Assert.Equal("Read", _api.Requests[^1].Body!["accessMode"]!.GetValue<string>());
        Assert.All(tx, r => Assert.Null(r.Body?["accessMode"]));
    }

    [Fact]
    public async Task Credentials_go_as_basic_auth_or_as_a_bearer_token()
    {
        await _api.Store().GetDocumentAsync("doc-a");
        await _api.Store(FakeQueryApi.Options() with { BearerToken = "tok-123" }).GetDocumentAsync("doc-a");

        Assert.Equal("Basic " + Convert.ToBase64String("neo4j:secret-pass"u8.ToArray()), _api.Requests[0].Authorization);
        Assert.Equal("Bearer tok-123", _api.Requests[1].Authorization);
        Assert.Equal("application/json", _api.Requests[0].Accept);
    }

    [Fact]
    public async Task Invalid_input_is_rejected_before_anything_is_sent()
    {
        var doc = Doc();
        var bad = doc with { Entities = [.. doc.Entities, new Graph.Core.Model.EntityRecord("Country", "Chile", [], [])] };

        var e = await Assert.ThrowsAsync<GraphValidationException>(() => _api.Store().ApplyDocumentAsync(bad));
        await Assert.ThrowsAsync<GraphValidationException>(() => _api.Store().GetNetworkAsync(new NetworkQuery([Marta], Depth: 9)));

        Assert.Contains("Unknown entity type 'Country'", e.Message);
        Assert.Empty(_api.Requests);
    }

    [Fact]
    public async Task Not_found_answers_become_not_found_errors()
    {
        var store = _api.Store();

        Assert.Equal(Marta, (await Assert.ThrowsAsync<GraphNotFoundException>(() => store.GetRelationsAsync(new RelationQuery(Marta)))).Id);
        Assert.Equal("doc-x", (await Assert.ThrowsAsync<GraphNotFoundException>(() => store.DeleteDocumentAsync("doc-x"))).Id);
        Assert.Equal(Chile, (await Assert.ThrowsAsync<GraphNotFoundException>(() => store.FindPathsAsync(new PathQuery(Chile, Marta)))).Id);
        Assert.Equal("DELETE", _api.Requests.Single(r => r.Path.Contains("/tx/")).Method);
    }
    [Fact]
    public async Task A_schema_rule_that_exists_in_another_form_says_how_to_clear_it()
    {
        _api.Fail(r => r.Statement?.Contains("CONSTRAINT entity_id") == true, HttpStatusCode.BadRequest,
            "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists", "An equivalent index already exists, 'Index( id=3, name='old_entity_id' ...)'.");

        var e = await Assert.ThrowsAsync<Neo4jStoreException>(() => _api.Store(schemaApplied: false).GetStatsAsync());

        Assert.Contains("schema statement 1 of graph-schema/neo4j/001_schema.cypher", e.Message);
        Assert.Contains("SHOW CONSTRAINTS", e.Message);
        Assert.Single(_api.Requests);
    }

    [Fact]
    public async Task Schema_is_applied_once_before_the_first_operation()
    {
        var store = _api.Store(schemaApplied: false);
        await store.GetDocumentAsync("doc-a");
        await store.GetDocumentAsync("doc-b");

        var schema = _api.Requests.Count(r => r.Statement?.Contains("IF NOT EXISTS") == true);
        Assert.Equal(Graph.Store.Neo4j.Internal.SchemaInstaller.Statements().Count, schema);
        Assert.Equal(schema + 2, _api.Requests.Count);
    }
}
