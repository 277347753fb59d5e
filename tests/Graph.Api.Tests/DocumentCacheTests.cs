using System.Net;
using Graph.Api.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// A query text seen before skips parsing and the spec's validation rules, but never the checks that depend on
/// the request: the complexity of its variables, GET, the API key.
/// </summary>
public sealed class DocumentCacheTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private readonly ApiFactory _api = seeded.Api;
    private ValidatedDocumentCache Cache => _api.Services.GetRequiredService<ValidatedDocumentCache>();

    [Fact]
    public async Task A_repeated_query_is_cached_once_and_answers_the_same()
    {
        const string query = "query($id: ID!) { entity(id: $id) { key name } }";
        var first = await _api.DataAsync(query, new { id = "person:marta-harnecker" });
        var cached = Cache.Count;
        var again = await _api.DataAsync(query, new { id = "person:marta-harnecker" });
        var other = await _api.DataAsync(query, new { id = "person:hugo-chavez" });
        Assert.Equal(cached, Cache.Count);
        JsonAssert.Equal(first.ToJsonString(), again);
        Assert.Equal("person:hugo-chavez", other["entity"]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_complexity_of_new_variables_is_checked_on_a_cached_document()
    {
        const string query = """
            query($n: Int) { entities(search: "a", first: $n) { nodes { relations(first: $n) { nodes {
                evidence { text } subject { mentions(first: $n) { nodes { text } } } } } } } }
            """;
        var small = await _api.PostAsync(query, new { n = 1 });
        Assert.True(small.Status == HttpStatusCode.OK && small.Json?["errors"] is null, small.Text);

        var large = await _api.PostAsync(query, new { n = 100 });
        Assert.Equal(HttpStatusCode.BadRequest, large.Status);
        Assert.Equal("COMPLEXITY", large.Code);
    }

    [Fact]
    public async Task A_mutation_cached_from_POST_with_the_key_is_still_refused_over_GET_and_without_the_key()
    {
        const string mutation = "mutation { deleteDocument(id: \"no-such-document\") { deleted } }";
        var before = Cache.Count;
        await _api.PostAsync(mutation, apiKey: ApiFactory.Key);
        Assert.Equal(before + 1, Cache.Count);

        using var client = _api.CreateClient();
        using var get = await client.GetAsync("/graphql?query=" + Uri.EscapeDataString(mutation));
        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);

        var keyless = await _api.PostAsync(mutation);
        Assert.Equal("UNAUTHORIZED", keyless.Code);
        var wrongKey = await _api.PostAsync(mutation, apiKey: "not-the-key");
        Assert.Equal("UNAUTHORIZED", wrongKey.Code);
    }

    [Fact]
    public async Task Variables_and_arguments_are_still_checked_on_every_request_for_a_cached_document()
    {
        // The cached path coerces variables and parses arguments without the spec's rules: bad values must still be refused.
        const string query = "query($id: ID!, $first: Int!) { timeline(entity: $id, first: $first) { totalCount } }";
        var good = await _api.DataAsync(query, new { id = "person:hugo-chavez", first = 5 });
        Assert.True(good["timeline"]!["totalCount"]!.GetValue<int>() > 0);
        var cached = Cache.Count;

        var wrongType = await _api.PostAsync(query, new { id = "person:hugo-chavez", first = "five" });
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.Status);
        Assert.Equal("INVALID_VALUE", wrongType.Code);
        var missing = await _api.PostAsync(query, new { id = "person:hugo-chavez" });
        Assert.Equal(HttpStatusCode.BadRequest, missing.Status);
        Assert.Equal("INVALID_VALUE", missing.Code);
        var overPage = await _api.PostAsync(query, new { id = "person:hugo-chavez", first = 100000 });
        Assert.Equal("INVALID_VALUE", overPage.Code);
        Assert.Contains("first", overPage.Message);
        Assert.Equal(cached, Cache.Count);
    }

    [Fact]
    public async Task A_query_that_fails_validation_is_not_cached_and_fails_again()
    {
        var before = Cache.Count;
        var r1 = await _api.PostAsync("{ stats { noSuchField } }");
        var r2 = await _api.PostAsync("{ stats { noSuchField } }");
        Assert.Equal(before, Cache.Count);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", r1.Code);
        Assert.Equal("FIELDS_ON_CORRECT_TYPE", r2.Code);
    }
}
