using System.Xml.Linq;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

public sealed class GraphMLTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument GraphML(GraphExport export) => XDocument.Parse(Text(export, "graphml"));

    private static string? Data(XElement element, string keyId) =>
        element.Elements(G + "data").FirstOrDefault(d => (string?)d.Attribute("key") == keyId)?.Value;

    [Fact]
    public void Every_data_value_has_a_typed_key_for_its_domain()
    {
        var a = Person("A");
        var b = Organization("B");
        var doc = GraphML(Network([Node(a, 0, 1), Node(b, 1, 1)], [Edge("LEADS", a, b, "1997", role: "president")]));
        var keys = doc.Root!.Elements(G + "key").ToDictionary(k => (string)k.Attribute("id")!);
        Assert.All(keys.Values, k => Assert.Contains((string?)k.Attribute("attr.type"), new[] { "string", "int", "double", "boolean" }));
        foreach (var data in doc.Descendants(G + "data"))
        {
            var key = keys[(string)data.Attribute("key")!];
            Assert.Equal(data.Parent!.Name.LocalName, (string?)key.Attribute("for"));
        }
        Assert.Equal("int", (string?)keys["n_distance"].Attribute("attr.type"));
        Assert.Equal("double", (string?)keys["e_confidence"].Attribute("attr.type"));
    }

    [Fact]
    public void Edges_are_directed_and_symmetric_relation_types_are_marked()
    {
        var a = Organization("A");
        var b = Organization("B");
        var doc = GraphML(Network([Node(a), Node(b)], [Edge("ALLIED_WITH", a, b), Edge("PART_OF", a, b, "199X", weight: 4)]));
        Assert.Equal("directed", doc.Descendants(G + "graph").Single().Attribute("edgedefault")?.Value);
        var edges = doc.Descendants(G + "edge").ToArray();
        var allied = edges.Single(e => Data(e, "e_type") == "ALLIED_WITH");
        var partOf = edges.Single(e => Data(e, "e_type") == "PART_OF");
        Assert.Equal("false", allied.Attribute("directed")?.Value);
        Assert.Equal("true", Data(allied, "e_symmetric"));
        Assert.Null(partOf.Attribute("directed"));
        Assert.Equal("false", Data(partOf, "e_symmetric"));
        Assert.Equal("4", Data(partOf, "e_weight"));
        Assert.Equal("1990-01-01", Data(partOf, "e_earliest"));
        Assert.Equal("1999-12-31", Data(partOf, "e_latest"));
    }

    [Fact]
    public void Escapes_markup_and_keeps_non_ascii_names()
    {
        var odd = Organization("A&B <Co> \"quoted\"");
        var accented = Person("José Martí");
        var doc = GraphML(Network([Node(odd), Node(accented)], []));
        var labels = doc.Descendants(G + "node").Select(n => Data(n, "n_label") ?? "").ToArray();
        Assert.Equal(["A&B <Co> \"quoted\"", "José Martí"], labels);
    }
}
