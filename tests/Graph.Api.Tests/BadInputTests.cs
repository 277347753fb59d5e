using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Api.Tests;

/// <summary>Every bad input of the issue: an HTTP status or a GraphQL error with a code and a message that says what to fix.</summary>
public sealed class BadInputTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private readonly ApiFactory _api = seeded.Api;

    private Task<Response> Raw(string body, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return _api.SendAsync(request);
    }

    [Theory]
    [InlineData("""{"query": "{ stats { documents } }" """)]
    [InlineData("""{"query": """)]
    [InlineData("this is not json")]
    [InlineData("""["query"]""")]
    [InlineData("""{"query": "{ stats { documents } }", "variables": "not an object"}""")]
    public async Task Malformed_or_non_JSON_bodies_are_400_INVALID_JSON(string body)
    {
        var r = await Raw(body);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("INVALID_JSON", r.Code);
        Assert.Contains("send {\"query\"", r.Message);
    }

    [Fact]
    public async Task A_body_without_a_query_is_400_INVALID_REQUEST()
    {
        var r = await Raw("""{"variables": {}}""");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("INVALID_REQUEST", r.Code);
    }

    [Fact]
    public async Task An_unknown_operation_name_is_400_and_names_it()
    {
        var r = await _api.PostAsync("query Stats { stats { documents } }", operationName: "Timeline");
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("INVALID_OPERATION_NAME", r.Code);
        Assert.Contains("'Timeline'", r.Message);
    }

    public static TheoryData<string, string, object> WrongVariables => new()
    {
        { "query($n: Int) { entities(search: \"Ch\", first: $n) { totalCount } }", "$n", new { n = "ten" } },
        { "query($n: Int) { entities(search: \"Ch\", first: $n) { totalCount } }", "$n", new { n = 2.5 } },
        { "query($t: [EntityType!]) { entities(search: \"Ch\", types: $t) { totalCount } }", "$t", new { t = new[] { "NOT_A_TYPE" } } },
        { "query($c: Float) { network(centers: [\"person:hugo-chavez\"], minConfidence: $c) { truncated } }", "$c", new { c = "high" } },
        { "query($id: ID!) { entity(id: $id) { name } }", "$id", new { id = (string?)null } },
        { "mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) { entityCount } }", "$input", new { input = "just text" } },
    };

    [Theory]
    [MemberData(nameof(WrongVariables))]
    public async Task A_variable_of_the_wrong_type_is_400_INVALID_VALUE_naming_it(string query, string variable, object variables)
    {
        var before = await _api.DataAsync("{ stats { documents entities relations } }");
        var r = await _api.PostAsync(query, variables, apiKey: ApiFactory.Key);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("INVALID_VALUE", r.Code);
        Assert.Contains(variable, r.Message);
        JsonAssert.Equal(before.ToJsonString(), await _api.DataAsync("{ stats { documents entities relations } }"));
    }

    [Fact]
    public async Task A_query_deeper_than_the_limit_is_refused_before_it_runs()
    {
        var query = new StringBuilder("{ entity(id: \"person:hugo-chavez\") { ");
        for (var i = 0; i < 12; i++) query.Append("relations(first: 1) { nodes { subject { ");
        query.Append("name");
        for (var i = 0; i < 12; i++) query.Append(" } } }");
        query.Append(" } }");
        var r = await _api.PostAsync(query.ToString());
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("COMPLEXITY", r.Code);
        Assert.Contains("depth", r.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_query_over_the_cost_limit_is_refused_before_it_runs()
    {
        var r = await _api.PostAsync("""
            { entities(search: "a", first: 100) { nodes { relations(first: 100) { nodes {
                evidence { text } subject { mentions(first: 100) { nodes { text } } } } } } } }
            """);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("COMPLEXITY", r.Code);
        Assert.Contains("complexity", r.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("{ entities(search: \"Ch\", first: 100000) { totalCount } }", "first", "100")]
    [InlineData("{ documents(first: 100000) { totalCount } }", "first", "100")]
    [InlineData("{ timeline(first: 100000) { totalCount } }", "first", "100")]
    [InlineData("{ search(text: \"Chavez\", first: 100000) { score } }", "first", "100")]
    [InlineData("{ network(centers: [\"person:hugo-chavez\"], limit: 100000) { truncated } }", "limit", "500")]
    [InlineData("{ paths(from: \"person:hugo-chavez\", to: \"place:venezuela\", first: 100000) { length } }", "first", "20")]
    [InlineData("{ entity(id: \"person:hugo-chavez\") { relations(first: 100000) { totalCount } } }", "first", "100")]
    [InlineData("{ entities(search: \"Ch\", first: 0) { totalCount } }", "first", "100")]
    [InlineData("{ network(centers: []) { truncated } }", "centers", "100")]
    public async Task Sizes_above_the_maximum_are_400_INVALID_VALUE_naming_the_argument_and_the_maximum(string query, string argument, string max)
    {
        var r = await _api.PostAsync(query);
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("INVALID_VALUE", r.Code);
        Assert.Contains($"'{argument}'", r.Message);
        Assert.Contains($"at most {max}", r.Message);
    }

    [Fact]
    public async Task A_20_MB_body_is_413_with_a_JSON_error()
    {
        var body = "{\"query\":\"{ stats { documents } }\",\"padding\":\"" + new string('x', 20 * 1024 * 1024) + "\"}";
        var r = await Raw(body);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, r.Status);
        Assert.Equal("PAYLOAD_TOO_LARGE", r.Code);
        Assert.Contains("1,048,576", r.Message);
    }

    [Theory]
    [InlineData("{ entity(id: \"person:nobody-at-all\") { name } }", "entity", "person:nobody-at-all")]
    [InlineData("{ relation(id: \"rel:0000\") { type } }", "relation", "rel:0000")]
    [InlineData("{ document(id: \"no-such-doc\") { title } }", "document", "no-such-doc")]
    [InlineData("{ timeline(entity: \"person:nobody-at-all\") { totalCount } }", "timeline", "person:nobody-at-all")]
    [InlineData("{ network(centers: [\"person:nobody-at-all\"]) { truncated } }", "network", "person:nobody-at-all")]
    public async Task An_unknown_id_is_NOT_FOUND_naming_the_id(string query, string field, string id)
    {
        var r = await _api.PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("NOT_FOUND", r.Code);
        Assert.Contains($"'{id}'", r.Message);
        Assert.Equal(field, r.Json!["errors"]![0]!["path"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task A_node_id_not_issued_by_the_API_is_INVALID_VALUE()
    {
        var r = await _api.PostAsync("{ node(id: \"bm9wZQ==\") { id } }");
        Assert.Equal("INVALID_VALUE", r.Code);
        Assert.Contains("'bm9wZQ=='", r.Message);
    }

    [Theory]
    [InlineData("{ timeline(from: \"2002-13\") { totalCount } }", "2002-13")]
    [InlineData("{ timeline(from: \"1990\", to: \"spring\") { totalCount } }", "spring")]
    [InlineData("{ network(centers: [\"person:hugo-chavez\"], from: \"19X5\") { truncated } }", "19X5")]
    [InlineData("{ entity(id: \"person:hugo-chavez\") { timeline(to: \"2002-02-30\") { totalCount } } }", "2002-02-30")]
    [InlineData("{ timeline(from: \"2005\", to: \"1990\") { totalCount } }", "2005/1990")]
    public async Task An_invalid_EDTF_filter_is_INVALID_EDTF_naming_the_value(string query, string value)
    {
        var r = await _api.PostAsync(query);
        Assert.Equal("INVALID_EDTF", r.Code);
        Assert.Contains($"'{value}'", r.Message);
        Assert.Contains("Examples", r.Message);
    }

    [Fact]
    public async Task An_unknown_cursor_is_INVALID_VALUE_and_says_what_to_pass()
    {
        var r = await _api.PostAsync("{ documents(after: \"garbage\") { totalCount } }");
        Assert.Equal("INVALID_VALUE", r.Code);
        Assert.Contains("endCursor", r.Message);
    }

    [Fact]
    public async Task Errors_never_carry_exception_text_or_stack_traces()
    {
        foreach (var query in new[] { "{ documents(after: \"garbage\") { totalCount } }", "{ entity(id: \"x\") { name } }", "{ timeline(from: \"x\") { totalCount } }" })
        {
            var r = await _api.PostAsync(query);
            Assert.DoesNotContain("   at ", r.Text);
            Assert.DoesNotContain("Exception", r.Text);
            Assert.DoesNotContain("stack", r.Text, StringComparison.OrdinalIgnoreCase);
        }
    }
}
