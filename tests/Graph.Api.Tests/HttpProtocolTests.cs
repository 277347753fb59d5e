using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace Graph.Api.Tests;

/// <summary>GraphQL over HTTP: methods, media types and status codes.</summary>
public sealed class HttpProtocolTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private readonly ApiFactory _api = seeded.Api;

    private static HttpRequestMessage Post(string body, string contentType = "application/json", string? accept = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (accept is not null) request.Headers.TryAddWithoutValidation("Accept", accept);
        return request;
    }

    [Fact]
    public async Task Post_json_answers_with_the_graphql_response_media_type()
    {
        var r = await _api.SendAsync(Post("""{"query":"{ stats { documents } }"}"""));
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("application/graphql-response+json", r.MediaType);
        JsonAssert.Equal("""{"data":{"stats":{"documents":6}}}""", r.Json);
    }

    [Fact]
    public async Task Get_with_a_query_string_runs_queries()
    {
        var r = await _api.SendAsync(new HttpRequestMessage(HttpMethod.Get,
            "/graphql?query=" + Uri.EscapeDataString("query Count($t: [EntityType!]) { search(text: \"Chavez\", types: $t, first: 1) { entity { key } } }")
            + "&variables=" + Uri.EscapeDataString("""{"t":["PERSON"]}""") + "&operationName=Count"));
        Assert.Equal(HttpStatusCode.OK, r.Status);
        JsonAssert.Equal("""{"data":{"search":[{"entity":{"key":"person:hugo-chavez"}}]}}""", r.Json);
    }

    [Fact]
    public async Task Accept_application_json_gets_application_json_and_200_even_for_validation_errors()
    {
        var r = await _api.SendAsync(Post("""{"query":"{ noSuchField }"}""", accept: "application/json"));
        Assert.Equal(HttpStatusCode.OK, r.Status);
        Assert.Equal("application/json", r.MediaType);
        Assert.NotNull(r.Code);
    }

    [Fact]
    public async Task A_parse_error_is_400_with_the_graphql_response_media_type()
    {
        var r = await _api.SendAsync(Post("""{"query":"{ stats { "}""", accept: "application/graphql-response+json"));
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("application/graphql-response+json", r.MediaType);
        Assert.Equal("SYNTAX_ERROR", r.Code);
        Assert.Null(r.Json!["data"]);
    }

    [Fact]
    public async Task A_validation_error_is_400_with_the_graphql_response_media_type()
    {
        var r = await _api.SendAsync(Post("""{"query":"{ stats { noSuchField } }"}"""));
        Assert.Equal(HttpStatusCode.BadRequest, r.Status);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", r.Code);
    }

    [Fact]
    public async Task A_mutation_over_GET_is_405_and_names_POST()
    {
        using var client = _api.CreateClient();
        using var response = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString("mutation { deleteDocument(id: \"seeds-01\") { deleted } }"));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Contains("POST", response.Content.Headers.Allow);
        Assert.Contains("METHOD_NOT_ALLOWED", await response.Content.ReadAsStringAsync());
        JsonAssert.Equal("""{"data":{"stats":{"documents":6}}}""", (await _api.PostAsync("{ stats { documents } }")).Json);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/json; charset=latin1")]
    public async Task A_body_that_is_not_JSON_is_415(string contentType)
    {
        var r = await _api.SendAsync(Post("""{"query":"{ stats { documents } }"}""", contentType));
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, r.Status);
        Assert.Equal("UNSUPPORTED_MEDIA_TYPE", r.Code);
        Assert.Contains("application/json", r.Message);
    }

    [Fact]
    public async Task An_unacceptable_Accept_header_is_406()
    {
        var r = await _api.SendAsync(Post("""{"query":"{ stats { documents } }"}""", accept: "text/csv"));
        Assert.Equal(HttpStatusCode.NotAcceptable, r.Status);
        Assert.Equal("NOT_ACCEPTABLE", r.Code);
    }

    [Fact]
    public async Task A_browser_gets_GraphiQL_from_local_assets_only()
    {
        using var client = _api.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql");
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,*/*;q=0.8");
        using var response = await client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        foreach (var asset in new[] { "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js" })
        {
            Assert.Contains($"/graphiql/{asset}", html);
            using var file = await client.GetAsync($"/graphiql/{asset}");
            Assert.Equal(HttpStatusCode.OK, file.StatusCode);
            Assert.True((await file.Content.ReadAsByteArrayAsync()).Length > 1000, asset);
        }
    }

    [Fact]
    public async Task Healthz_reports_the_store_reachable()
    {
        using var client = _api.CreateClient();
        using var response = await client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    /// <summary>What GraphiQL sends on load (graphql-js getIntrospectionQuery); the cost limit must not refuse it.</summary>
    private const string IntrospectionQuery = """
        query IntrospectionQuery { __schema { queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType } directives { name description locations args { ...InputValue } } } }
        fragment FullType on __Type { kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue } interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason } possibleTypes { ...TypeRef } }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name
          ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        """;

    [Fact]
    public async Task GraphiQL_introspection_is_not_refused_by_the_limits()
    {
        var data = await _api.DataAsync(IntrospectionQuery);
        var types = data["__schema"]!["types"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).ToArray();
        Assert.Contains("Person", types);
        Assert.Contains("Entity", types);
        Assert.Equal("Mutation", data["__schema"]!["mutationType"]!["name"]!.GetValue<string>());
    }
}
