using System.Net;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests;

/// <summary>The benchmark's plain endpoints: absent unless configured, and answering what the GraphQL fields answer.</summary>
public sealed class BenchEndpointTests
{
    [Fact]
    public async Task Without_the_setting_the_plain_endpoints_do_not_exist()
    {
        using var api = new ApiFactory();
        var r = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/bench/entity?id=person:hugo-chavez"));
        Assert.Equal(HttpStatusCode.NotFound, r.Status);
    }

    [Fact]
    public async Task With_the_setting_each_returns_the_data_of_its_GraphQL_query()
    {
        using var api = new ApiFactory(settings: new() { ["Graph:Bench:PlainEndpoints"] = "true" });
        var pairs = new (string Plain, string Query)[]
        {
            ("/bench/entity?id=person:hugo-chavez", """{ entity(id: "person:hugo-chavez") { key name type aliases description } }"""),
            ("/bench/timeline?entity=person:hugo-chavez&first=20", """
                { timeline(entity: "person:hugo-chavez", first: 20) { totalCount pageInfo { endCursor hasNextPage } nodes { key name eventType date { edtf display } } } }
                """),
            ("/bench/network?center=person:marta-harnecker&depth=2&limit=200", """
                { network(centers: ["person:marta-harnecker"], depth: 2, limit: 200) {
                    truncated nodes { id name type distance degree } edges { id source target type weight confidence } } }
                """),
        };
        foreach (var (plain, query) in pairs)
        {
            var expected = await api.DataAsync(query);
            var r = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, plain));
            Assert.Equal(HttpStatusCode.OK, r.Status);
            JsonAssert.Equal(expected.ToJsonString(), r.Json!["data"]);
        }
    }
}
