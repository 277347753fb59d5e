using System.Xml.Linq;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

// The GEXF 1.3 XSD is not available offline, so these tests parse the output back and check what Gephi reads.
public sealed class GexfTests
{
    private static readonly XNamespace G = "http://gexf.net/1.3";

    private static XDocument Gexf(GraphExport export) => XDocument.Parse(Text(export, "gexf"));

    private static string? AttValue(XElement element, string key) =>
        element.Element(G + "attvalues")?.Elements(G + "attvalue").FirstOrDefault(a => (string?)a.Attribute("for") == key)?.Attribute("value")?.Value;

    [Fact]
    public void Writes_the_1_3_namespace_in_dynamic_mode_with_day_time_and_all_nodes_and_edges()
    {
        var a = Person("Marta Harnecker");
        var b = Organization("Centro Internacional Miranda");
        var c = Person("Hugo Chávez");
        var doc = Gexf(Network([Node(a, 0, 2), Node(b, 1, 1), Node(c, 1, 1)],
            [Edge("LEADS", a, b, role: "director", weight: 3), Edge("INTERVIEWED", a, c)]));

        Assert.Equal(G + "gexf", doc.Root!.Name);
        Assert.Equal("1.3", doc.Root.Attribute("version")?.Value);
        var graph = doc.Root.Element(G + "graph")!;
        Assert.Equal("dynamic", graph.Attribute("mode")?.Value);
        Assert.Equal("date", graph.Attribute("timeformat")?.Value);
        Assert.Equal(3, graph.Descendants(G + "node").Count());
        Assert.Equal(2, graph.Descendants(G + "edge").Count());

        var node = graph.Descendants(G + "node").Single(n => n.Attribute("id")?.Value == a.Id);
        Assert.Equal("Marta Harnecker", node.Attribute("label")?.Value);
        Assert.Equal("Person", AttValue(node, "type"));
        Assert.Equal("0", AttValue(node, "distance"));
        Assert.Equal("2", AttValue(node, "degree"));

        var edge = graph.Descendants(G + "edge").Single(e => e.Attribute("label")?.Value == "LEADS");
        Assert.Equal(a.Id, edge.Attribute("source")?.Value);
        Assert.Equal(b.Id, edge.Attribute("target")?.Value);
        Assert.Equal("3", edge.Attribute("weight")?.Value);
        Assert.Equal("LEADS", AttValue(edge, "type"));
        Assert.Equal("director", AttValue(edge, "role"));
    }

    [Fact]
    public void Declares_every_attribute_it_uses()
    {
        var a = Person("A");
        var b = Person("B");
        var doc = Gexf(Network([Node(a), Node(b)], [Edge("INTERVIEWED", a, b, "2002-04", role: "host")]));
        var declared = doc.Descendants(G + "attributes")
            .SelectMany(s => s.Elements(G + "attribute").Select(x => ((string)s.Attribute("class")!, (string)x.Attribute("id")!)))
            .ToHashSet();
        foreach (var value in doc.Descendants(G + "attvalue"))
        {
            var owner = value.Parent!.Parent!.Name.LocalName;
            Assert.Contains((owner, (string)value.Attribute("for")!), declared);
        }
    }

    [Fact]
    public void Escapes_markup_quotes_and_keeps_non_ascii_names()
    {
        var odd = Organization("Workers <United> & \"Free\" 'Union'");
        var accented = Person("Hugo Chávez Frías – 查韦斯");
        var raw = Text(Network([Node(odd), Node(accented)], [Edge("MEMBER_OF", accented, odd)]), "gexf");

        Assert.DoesNotContain("<United>", raw);
        var labels = XDocument.Parse(raw).Descendants(G + "node").Select(n => n.Attribute("label")?.Value).ToArray();
        Assert.Contains("Workers <United> & \"Free\" 'Union'", labels);
        Assert.Contains("Hugo Chávez Frías – 查韦斯", labels);
    }

    [Fact]
    public void Replaces_characters_xml_cannot_carry_instead_of_failing()
    {
        var odd = Person("Bad\u0001Name");
        var doc = Gexf(Network([Node(odd)], []));
        Assert.Equal("Bad\uFFFDName", doc.Descendants(G + "node").Single().Attribute("label")?.Value);
    }

    [Theory]
    [InlineData("2002-04-11", "2002-04-11", "2002-04-11")]
    [InlineData("1990-02", "1990-02-01", "1990-02-28")]
    [InlineData("199X", "1990-01-01", "1999-12-31")]
    [InlineData("198X/199X", "1980-01-01", "1999-12-31")]
    [InlineData("2002/..", "2002-01-01", null)]
    [InlineData("../1990", null, "1990-12-31")]
    public void Edge_start_and_end_are_the_earliest_and_latest_day_and_open_ends_are_left_out(string edtf, string? start, string? end)
    {
        var a = Person("A");
        var b = Organization("B");
        var edge = Gexf(Network([Node(a), Node(b)], [Edge("MEMBER_OF", a, b, edtf)])).Descendants(G + "edge").Single();
        Assert.Equal(start, edge.Attribute("start")?.Value);
        Assert.Equal(end, edge.Attribute("end")?.Value);
        Assert.Equal(edtf, AttValue(edge, "date"));
    }

    [Fact]
    public void An_undated_edge_has_no_time_bounds()
    {
        var a = Person("A");
        var b = Organization("B");
        var edge = Gexf(Network([Node(a), Node(b)], [Edge("MEMBER_OF", a, b)])).Descendants(G + "edge").Single();
        Assert.Null(edge.Attribute("start"));
        Assert.Null(edge.Attribute("end"));
    }

    [Fact]
    public void A_symmetric_relation_is_an_undirected_edge_and_others_stay_directed()
    {
        var a = Organization("A");
        var b = Organization("B");
        var edges = Gexf(Network([Node(a), Node(b)], [Edge("ALLIED_WITH", a, b), Edge("PART_OF", a, b)])).Descendants(G + "edge").ToArray();
        Assert.Equal("undirected", edges.Single(e => e.Attribute("label")?.Value == "ALLIED_WITH").Attribute("type")?.Value);
        Assert.Null(edges.Single(e => e.Attribute("label")?.Value == "PART_OF").Attribute("type"));
    }

    [Fact]
    public void Timeline_events_are_nodes_with_spells_joined_to_participants_and_places()
    {
        var chavez = Person("Hugo Chávez");
        var venezuela = Place("Venezuela");
        var coup = Event("2002 coup attempt", "Coup", "2002-04-11");
        var undated = Event("A strike", "Strike", null);
        var doc = Gexf(Timeline([At(coup, venezuela, (chavez, "target")), At(undated)], [chavez, venezuela]));

        var nodes = doc.Descendants(G + "node").ToArray();
        Assert.Equal(4, nodes.Length);
        var spell = nodes.Single(n => n.Attribute("id")?.Value == coup.Id).Descendants(G + "spell").Single();
        Assert.Equal("2002-04-11", spell.Attribute("start")?.Value);
        Assert.Equal("2002-04-11", spell.Attribute("end")?.Value);
        Assert.Empty(nodes.Single(n => n.Attribute("id")?.Value == undated.Id).Descendants(G + "spell"));
        Assert.Equal("Hugo Chávez", nodes.Single(n => n.Attribute("id")?.Value == chavez.Id).Attribute("label")?.Value);

        var edges = doc.Descendants(G + "edge").ToArray();
        Assert.Equal(2, edges.Length);
        var participation = edges.Single(e => e.Attribute("source")?.Value == chavez.Id);
        Assert.Equal(coup.Id, participation.Attribute("target")?.Value);
        Assert.Equal("target", AttValue(participation, "role"));
        Assert.Equal(venezuela.Id, edges.Single(e => e.Attribute("source")?.Value == coup.Id).Attribute("target")?.Value);
    }

    [Fact]
    public void An_endpoint_outside_the_node_list_becomes_a_node_named_from_the_lookup()
    {
        var a = Person("Marta Harnecker");
        var outside = Place("Chile");
        var unknown = Organization("Nowhere Org");
        var doc = Gexf(Network([Node(a)], [Edge("FROM", a, outside), Edge("MEMBER_OF", a, unknown)], lookup: [outside]));
        var labels = doc.Descendants(G + "node").ToDictionary(n => n.Attribute("id")!.Value, n => n.Attribute("label")?.Value);
        Assert.Equal("Chile", labels[outside.Id]);
        Assert.Equal(unknown.Id, labels[unknown.Id]);
    }

    [Fact]
    public void A_truncated_network_says_so_in_the_description()
    {
        var a = Person("A");
        var export = new NetworkExport(new Graph.Core.Store.Network([Node(a)], [], Truncated: true), null, "Around A");
        var description = Gexf(export).Descendants(G + "description").Single().Value;
        Assert.StartsWith("Around A", description);
        Assert.Contains("truncated", description);
    }

    // Regression: GEXF 1.3 (gexf.rnc) allows only "class" on <attributes>; 1.2's mode attribute is gone.
    [Fact]
    public void Attribute_declarations_carry_only_their_class()
    {
        var doc = Gexf(Network([Node(Person("A"))], []));
        Assert.All(doc.Descendants(G + "attributes"), a => Assert.Equal(["class"], a.Attributes().Select(x => x.Name.LocalName)));
    }
}
