using System.IO.Compression;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;

namespace Graph.Api.Tests;

/// <summary>The downloads: every format parses, they say what the GraphQL fields say, and bad filters are refused alike.</summary>
public sealed class ExportTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private const string Harnecker = "centers=person:marta-harnecker&depth=2";
    private readonly ApiFactory _api = seeded.Api;

    private async Task<(HttpResponseMessage Response, byte[] Body)> Get(string url)
    {
        using var client = _api.CreateClient();
        var response = await client.GetAsync(url);
        return (response, await response.Content.ReadAsByteArrayAsync());
    }

    private async Task<byte[]> Download(string url, string contentType, string fileName)
    {
        var (response, body) = await Get(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode} {Encoding.UTF8.GetString(body)}");
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.NotEmpty(body);
        return body;
    }

    private async Task<JsonNode> GraphQLNetwork(string arguments) =>
        (await _api.DataAsync($$"""{ network({{arguments}}) { truncated nodes { key } edges { id } elements graphology } }"""))["network"]!;

    [Fact]
    public async Task Every_network_format_downloads_and_parses_with_the_nodes_and_edges_of_the_GraphQL_field()
    {
        var expected = await GraphQLNetwork("centers: [\"person:marta-harnecker\"], depth: 2");
        var nodeKeys = expected["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>()).Order().ToArray();
        var edgeCount = expected["edges"]!.AsArray().Count;
        Assert.Contains("person:hugo-chavez", nodeKeys);

        var gexf = XDocument.Load(new MemoryStream(await Download($"/export/network.gexf?{Harnecker}", "application/gexf+xml", "network.gexf")));
        XNamespace g = "http://gexf.net/1.3";
        Assert.Equal(g + "gexf", gexf.Root!.Name);
        Assert.Equal(nodeKeys, gexf.Descendants(g + "node").Select(n => (string)n.Attribute("id")!).Order().ToArray());
        Assert.Equal(edgeCount, gexf.Descendants(g + "edge").Count());

        var graphml = XDocument.Load(new MemoryStream(await Download($"/export/network.graphml?{Harnecker}", "application/graphml+xml", "network.graphml")));
        XNamespace m = "http://graphml.graphdrawing.org/xmlns";
        Assert.Equal(m + "graphml", graphml.Root!.Name);
        Assert.Equal(nodeKeys, graphml.Descendants(m + "node").Select(n => (string)n.Attribute("id")!).Order().ToArray());
        Assert.Equal(edgeCount, graphml.Descendants(m + "edge").Count());

        var cyjs = JsonNode.Parse(await Download($"/export/network.cyjs?{Harnecker}", "application/json", "network.cyjs"))!;
        Assert.True(JsonNode.DeepEquals(expected["elements"], cyjs["elements"]), "the download's elements differ from the GraphQL elements field");

        var graphology = JsonNode.Parse(await Download($"/export/network.graphology?{Harnecker}", "application/json", "network.graphology.json"))!;
        Assert.True(JsonNode.DeepEquals(expected["graphology"]!["nodes"], graphology["nodes"]));
        Assert.True(JsonNode.DeepEquals(expected["graphology"]!["edges"], graphology["edges"]));
        Assert.Equal("Network around Marta Harnecker", graphology["attributes"]!["name"]!.GetValue<string>());

        using var zip = new ZipArchive(new MemoryStream(await Download($"/export/network.csv?{Harnecker}", "application/zip", "network.csv.zip")));
        Assert.Equal(["edges.csv", "nodes.csv"], zip.Entries.Select(e => e.FullName).Order().ToArray());
        Assert.Equal(nodeKeys.Length + 1, Lines(zip.GetEntry("nodes.csv")!));
        Assert.Equal(edgeCount + 1, Lines(zip.GetEntry("edges.csv")!));
    }

    [Fact]
    public async Task The_GraphQL_elements_and_graphology_fields_are_JSON_objects_not_strings()
    {
        var network = await GraphQLNetwork("centers: [\"person:hugo-chavez\"]");
        var nodes = network["elements"]!["nodes"]!.AsArray();
        Assert.Equal(network["nodes"]!.AsArray().Count, nodes.Count);
        Assert.Contains(nodes, n => n!["data"]!["id"]!.GetValue<string>() == "person:hugo-chavez" && n["data"]!["label"]!.GetValue<string>() == "Hugo Chávez");
        Assert.Equal("mixed", network["graphology"]!["options"]!["type"]!.GetValue<string>());
        Assert.Equal(network["edges"]!.AsArray().Count, network["graphology"]!["edges"]!.AsArray().Count);
    }

    [Fact]
    public async Task Every_timeline_format_downloads_and_parses()
    {
        const string q = "entity=person:hugo-chavez";
        var total = (await _api.DataAsync("""{ timeline(entity: "person:hugo-chavez") { totalCount } }"""))["timeline"]!["totalCount"]!.GetValue<int>();
        Assert.True(total > 0);
        XNamespace g = "http://gexf.net/1.3";
        var gexf = XDocument.Load(new MemoryStream(await Download($"/export/timeline.gexf?{q}", "application/gexf+xml", "timeline.gexf")));
        Assert.True(gexf.Descendants(g + "node").Count() > total, "events and their participants are nodes");
        XNamespace m = "http://graphml.graphdrawing.org/xmlns";
        var graphml = XDocument.Load(new MemoryStream(await Download($"/export/timeline.graphml?{q}", "application/graphml+xml", "timeline.graphml")));
        Assert.True(graphml.Descendants(m + "edge").Count() >= total, "every event has at least its participant");
        var cyjs = JsonNode.Parse(await Download($"/export/timeline.cyjs?{q}", "application/json", "timeline.cyjs"))!;
        Assert.Equal(total, cyjs["elements"]!["nodes"]!.AsArray().Count(n => n!["data"]!["eventType"] is not null));
        var graphology = JsonNode.Parse(await Download($"/export/timeline.graphology?{q}", "application/json", "timeline.graphology.json"))!;
        Assert.Equal(total, graphology["nodes"]!.AsArray().Count(n => n!["attributes"]!["eventType"] is not null));
        var csv = await Download($"/export/timeline.csv?{q}", "text/csv", "timeline.csv");
        Assert.Equal(total + 1, Lines(csv));
        var timelineJs = JsonNode.Parse(await Download($"/export/timeline.timelinejs?{q}", "application/json", "timeline.timeline.json"))!;
        Assert.NotEmpty(timelineJs["events"]!.AsArray());
    }

    [Fact]
    public async Task TimelineJS_display_dates_are_the_EDTF_human_forms_of_the_seeded_events()
    {
        var data = await _api.DataAsync("""
            { timeline(entity: "person:hugo-chavez", first: 100) { totalCount nodes { key eventType date { edtf display } } } }
            """);
        var expected = data["timeline"]!["nodes"]!.AsArray().Where(e => e!["date"] is JsonObject)
            .ToDictionary(e => e!["key"]!.GetValue<string>(), e => e!["date"]!["display"]!.GetValue<string>());
        var timelineJs = JsonNode.Parse(await Download("/export/timeline.timelinejs?entity=person:hugo-chavez", "application/json", "timeline.timeline.json"))!;
        var slides = timelineJs["events"]!.AsArray();
        Assert.Equal(expected.Count, slides.Count);
        foreach (var slide in slides)
            Assert.Equal(expected[slide!["unique_id"]!.GetValue<string>()], slide["display_date"]!.GetValue<string>());
        // The 2002 coup is on it, dated to April 2002 (whatever the day precision the text gave).
        var coup = data["timeline"]!["nodes"]!.AsArray().First(e => e!["eventType"]!.GetValue<string>() == "COUP" && e["date"]!["edtf"]!.GetValue<string>().StartsWith("2002-04"));
        Assert.Contains("2002", slides.Single(s => s!["unique_id"]!.GetValue<string>() == coup!["key"]!.GetValue<string>())!["display_date"]!.GetValue<string>());
        Assert.Equal("Timeline of Hugo Chávez", timelineJs["title"]!["text"]!["headline"]!.GetValue<string>());
    }

    [Fact]
    public async Task Filters_mean_the_same_as_in_GraphQL()
    {
        var expected = await _api.DataAsync("""
            { timeline(entity: "person:hugo-chavez", from: "2002-04", to: "2002-04", eventTypes: [COUP]) { totalCount } }
            """);
        var csv = await Download("/export/timeline.csv?entity=person:hugo-chavez&from=2002-04&to=2002-04&eventTypes=COUP", "text/csv", "timeline.csv");
        Assert.Equal(expected["timeline"]!["totalCount"]!.GetValue<int>() + 1, Lines(csv));

        var network = await GraphQLNetwork("centers: [\"person:marta-harnecker\"], depth: 2, relationTypes: [MEMBER_OF, ADVISED], minConfidence: 0.5");
        var cyjs = JsonNode.Parse(await Download($"/export/network.cyjs?{Harnecker}&relationTypes=MEMBER_OF,ADVISED&minConfidence=0.5", "application/json", "network.cyjs"))!;
        Assert.True(JsonNode.DeepEquals(network["elements"], cyjs["elements"]));
    }

    [Fact]
    public async Task A_network_cut_by_its_limit_says_so_in_a_header()
    {
        Assert.True((await GraphQLNetwork("centers: [\"person:marta-harnecker\"], depth: 2, limit: 3"))["truncated"]!.GetValue<bool>());
        var (response, body) = await Get($"/export/network.cyjs?{Harnecker}&limit=3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("true", response.Headers.GetValues("X-Graph-Truncated").Single());
        Assert.Equal(3, JsonNode.Parse(body)!["elements"]!["nodes"]!.AsArray().Count);
        var (whole, _) = await Get($"/export/network.cyjs?centers=person:marta-harnecker&depth=1&limit=500");
        Assert.False(whole.Headers.Contains("X-Graph-Truncated"));
    }

    [Theory]
    [InlineData("/export/network.pdf?centers=person:hugo-chavez", 400, "INVALID_VALUE", "'pdf'", "gexf, graphml, cyjs, graphology, csv")]
    [InlineData("/export/timeline.zip?entity=person:hugo-chavez", 400, "INVALID_VALUE", "'zip'", "timelinejs")]
    [InlineData("/export/network.gexf?centers=person:nobody-at-all", 404, "NOT_FOUND", "'person:nobody-at-all'", "search")]
    [InlineData("/export/timeline.csv?entity=person:nobody-at-all", 404, "NOT_FOUND", "'person:nobody-at-all'", "search")]
    [InlineData("/export/timeline.csv?place=place:atlantis", 404, "NOT_FOUND", "'place:atlantis'", "search")]
    [InlineData("/export/network.gexf", 400, "INVALID_VALUE", "'centers'", "at least one")]
    [InlineData("/export/network.gexf?centers=person:hugo-chavez&depth=9", 400, "INVALID_VALUE", "'depth'", "at most 4")]
    [InlineData("/export/network.gexf?centers=person:hugo-chavez&limit=100000", 400, "INVALID_VALUE", "'limit'", "at most 500")]
    [InlineData("/export/network.gexf?centers=person:hugo-chavez&depth=two", 400, "INVALID_VALUE", "'two'", "whole number")]
    [InlineData("/export/network.gexf?centers=person:hugo-chavez&minConfidence=2", 400, "INVALID_VALUE", "'minConfidence'", "between 0 and 1")]
    [InlineData("/export/network.gexf?centers=person:hugo-chavez&relationTypes=LOVES", 400, "INVALID_VALUE", "'LOVES'", "MEMBER_OF")]
    [InlineData("/export/network.gexf?centers=person:hugo-chavez&from=19X5", 400, "INVALID_EDTF", "'19X5'", "Examples")]
    [InlineData("/export/timeline.csv?from=2005&to=1990", 400, "INVALID_EDTF", "'2005/1990'", "swap")]
    [InlineData("/export/timeline.csv?eventTypes=PICNIC", 400, "INVALID_VALUE", "'PICNIC'", "COUP")]
    [InlineData("/export/timeline.csv?entity=person:hugo-chavez&depth=7", 400, "INVALID_VALUE", "'depth'", "at most 3")]
    [InlineData("/export/network.gexf?centre=person:hugo-chavez", 400, "INVALID_VALUE", "'centre'", "centers")]
    public async Task Bad_filters_are_JSON_errors_with_a_code_and_a_message_naming_the_value(string url, int status, string code, string named, string hint)
    {
        var (response, body) = await Get(url);
        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Null(response.Content.Headers.ContentDisposition);
        var error = JsonNode.Parse(body)!["errors"]![0]!;
        Assert.Equal(code, error["extensions"]!["code"]!.GetValue<string>());
        var message = error["message"]!.GetValue<string>();
        Assert.Contains(named, message);
        Assert.Contains(hint, message);
        Assert.DoesNotContain("Exception", message);
    }

    private static int Lines(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return Lines(buffer.ToArray());
    }

    /// <summary>Records of RFC 4180 CSV; quoted fields may hold line breaks, so count CRLFs outside quotes.</summary>
    private static int Lines(byte[] csv)
    {
        var text = Encoding.UTF8.GetString(csv);
        var (count, quoted) = (0, false);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '"') quoted = !quoted;
            else if (!quoted && text[i] == '\n') count++;
        }
        return count;
    }
}
