using System.Net;

namespace Graph.Api.Tests;

public sealed class HostingTests
{
    [Fact]
    public async Task Seeding_runs_only_on_an_empty_store()
    {
        var dataDir = Directory.CreateTempSubdirectory("graph-api-restart").FullName;
        try
        {
            var settings = new Dictionary<string, string?> { ["Graph:DataDir"] = dataDir };
            using (var first = new ApiFactory(settings: settings))
            {
                var r = await first.PostAsync("""mutation { deleteDocument(id: "seeds-03") { deleted } }""", apiKey: ApiFactory.Key);
                Assert.True(r.Json?["errors"] is null, r.Text);
            }
            using var second = new ApiFactory(settings: settings);
            // Had the restart seeded again, seeds-03 would be back.
            JsonAssert.Equal("""{"stats":{"documents":5}}""", await second.DataAsync("{ stats { documents } }"));
        }
        finally { Directory.Delete(dataDir, true); }
    }

    [Fact]
    public async Task The_root_serves_the_web_explorer_compressed()
    {
        var noSeeds = Directory.CreateTempSubdirectory("graph-api-noseed").FullName;
        try
        {
            using var api = new ApiFactory(settings: new() { ["Graph:SeedDir"] = noSeeds });
            using var client = api.CreateClient();
            using var page = await client.GetAsync("/");
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
            Assert.Contains("explorer/explorer.js", await page.Content.ReadAsStringAsync());

            var request = new HttpRequestMessage(HttpMethod.Get, "/explorer/explorer.js");
            request.Headers.Add("Accept-Encoding", "br, gzip");
            using var script = await client.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
            Assert.NotEmpty(script.Content.Headers.ContentEncoding);
        }
        finally { Directory.Delete(noSeeds, true); }
    }

    [Fact]
    public async Task Cors_allows_the_configured_origins_only()
    {
        using var api = new ApiFactory(settings: new() { ["Graph:Cors:Origins:0"] = "http://viz.example.org" });
        using var client = api.CreateClient();

        async Task<HttpResponseMessage> Preflight(string origin)
        {
            var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
            request.Headers.Add("Origin", origin);
            request.Headers.Add("Access-Control-Request-Method", "POST");
            request.Headers.Add("Access-Control-Request-Headers", "content-type");
            return await client.SendAsync(request);
        }

        using var allowed = await Preflight("http://viz.example.org");
        Assert.Equal("http://viz.example.org", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        using var other = await Preflight("http://elsewhere.example.org");
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_method_other_than_GET_or_POST_is_405()
    {
        var noSeeds = Directory.CreateTempSubdirectory("graph-api-noseed").FullName;
        try
        {
            using var api = new ApiFactory(settings: new() { ["Graph:SeedDir"] = noSeeds });
            using var client = api.CreateClient();
            using var response = await client.PutAsync("/graphql", new StringContent("{}"));
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        }
        finally { Directory.Delete(noSeeds, true); }
    }

    [Fact]
    public void An_unknown_store_fails_at_start_up_naming_the_setting_and_the_choices()
    {
        using var api = new ApiFactory(settings: new() { ["Graph:Store"] = "mongodb" });
        var e = Assert.Throws<InvalidOperationException>(() => api.CreateClient());
        Assert.Contains("'mongodb'", e.Message);
        Assert.Contains("Graph__Store", e.Message);
        Assert.Contains("sqlite", e.Message);
    }
}
