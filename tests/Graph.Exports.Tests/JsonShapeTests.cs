using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Core.Model;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

/// <summary>Cytoscape.js and graphology outputs, read back with System.Text.Json as a front end would.</summary>
public sealed class JsonShapeTests
{
    private static JsonElement Parse(GraphExport export, string format) => JsonDocument.Parse(Export(export, format)).RootElement;

    private static NetworkExport Sample(out Entity a, out Entity b)
    {
        a = Person("Hugo Chávez");
        b = Organization("Movimiento V República");
        return Network([Node(a, 0, 2), Node(b, 1, 2)],
            [Edge("LEADS", a, b, "1997", role: "founder", weight: 2, confidence: 0.75), Edge("ALLIED_WITH", a, b)]);
    }

    [Fact]
    public void Cytoscape_download_has_elements_with_node_and_edge_data()
    {
        var root = Parse(Sample(out var a, out var b), "cyjs");
        var nodes = root.GetProperty("elements").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("data")).ToArray();
        var edges = root.GetProperty("elements").GetProperty("edges").EnumerateArray().Select(n => n.GetProperty("data")).ToArray();
        Assert.Equal(2, nodes.Length);
        var chavez = nodes.Single(n => n.GetProperty("id").GetString() == a.Id);
        Assert.Equal("Hugo Chávez", chavez.GetProperty("label").GetString());
        Assert.Equal("Person", chavez.GetProperty("type").GetString());
        Assert.Equal(0, chavez.GetProperty("distance").GetInt32());
        Assert.Equal(2, chavez.GetProperty("degree").GetInt32());

        var leads = edges.Single(e => e.GetProperty("type").GetString() == "LEADS");
        Assert.Equal(a.Id, leads.GetProperty("source").GetString());
        Assert.Equal(b.Id, leads.GetProperty("target").GetString());
        Assert.Equal("LEADS", leads.GetProperty("label").GetString());
        Assert.Equal(2, leads.GetProperty("weight").GetInt32());
        Assert.Equal("founder", leads.GetProperty("role").GetString());
        Assert.Equal("1997", leads.GetProperty("date").GetString());
        Assert.Equal(0.75, leads.GetProperty("confidence").GetDouble());
        Assert.False(edges.Single(e => e.GetProperty("type").GetString() == "ALLIED_WITH").TryGetProperty("role", out _));
    }

    [Fact]
    public void Cytoscape_elements_alone_is_the_object_inside_the_download()
    {
        var export = Sample(out _, out _);
        var elements = Cytoscape.Elements(export);
        Assert.Equal(["nodes", "edges"], elements.Select(p => p.Key).ToArray());
        var download = JsonNode.Parse(Export(export, "cyjs"))!["elements"];
        Assert.True(JsonNode.DeepEquals(download, elements));
        Assert.Equal(2, elements["edges"]!.AsArray().Count);
    }

    [Fact]
    public void Graphology_is_a_mixed_multigraph_with_keyed_nodes_and_edges()
    {
        var root = Parse(Sample(out var a, out var b), "graphology");
        var options = root.GetProperty("options");
        Assert.Equal("mixed", options.GetProperty("type").GetString());
        Assert.True(options.GetProperty("multi").GetBoolean());
        Assert.True(options.GetProperty("allowSelfLoops").GetBoolean());
        Assert.Equal(JsonValueKind.Object, root.GetProperty("attributes").ValueKind);

        var node = root.GetProperty("nodes").EnumerateArray().Single(n => n.GetProperty("key").GetString() == b.Id);
        Assert.Equal("Movimiento V República", node.GetProperty("attributes").GetProperty("label").GetString());
        Assert.Equal("Organization", node.GetProperty("attributes").GetProperty("entityType").GetString());
        Assert.Equal(1, node.GetProperty("attributes").GetProperty("distance").GetInt32());

        var leads = root.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("attributes").GetProperty("relationType").GetString() == "LEADS");
        Assert.Equal(a.Id, leads.GetProperty("source").GetString());
        Assert.Equal(2, leads.GetProperty("attributes").GetProperty("weight").GetInt32());
        Assert.False(leads.TryGetProperty("undirected", out _));
    }

    [Fact]
    public void Graphology_marks_symmetric_relations_undirected()
    {
        var root = Parse(Sample(out _, out _), "graphology");
        var allied = root.GetProperty("edges").EnumerateArray().Single(e => e.GetProperty("attributes").GetProperty("relationType").GetString() == "ALLIED_WITH");
        Assert.True(allied.GetProperty("undirected").GetBoolean());
    }

    [Fact]
    public void Json_keeps_accents_readable_but_escapes_markup()
    {
        var odd = Person("Chávez <script>");
        var raw = System.Text.Encoding.UTF8.GetString(Export(Network([Node(odd)], []), "cyjs"));
        Assert.Contains("Chávez", raw);
        Assert.DoesNotContain("<script>", raw);
        Assert.Equal("Chávez <script>", JsonDocument.Parse(raw).RootElement.GetProperty("elements").GetProperty("nodes")[0].GetProperty("data").GetProperty("label").GetString());
    }
}
