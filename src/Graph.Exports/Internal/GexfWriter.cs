using System.Globalization;
using System.Xml;
using Graph.Core.Dates;
using Graph.Core.Schema;

namespace Graph.Exports.Internal;

/// <summary>
/// GEXF 1.3 for Gephi, in dynamic mode with day-precision time: an edge or event exists from the earliest to
/// the latest day its EDTF date can mean, and an open end is left out (GEXF reads a missing bound as unbounded).
/// The 1.3 XSD (gexf.net/1.3/gexf.xsd) is not available offline (and the published one leaves node and edge
/// content undefined), so the tests check well-formedness, the namespace, counts and attributes by parsing the
/// output back; the element and attribute set follows the normative RELAX NG grammar (gexf.rnc, dynamics.rnc, viz.rnc).
/// </summary>
internal static class GexfWriter
{
    public const string Namespace = "http://gexf.net/1.3";
    public const string VizNamespace = "http://gexf.net/1.3/viz";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private static readonly (string Id, string Type)[] NodeAttributes =
        [("type", "string"), ("distance", "integer"), ("degree", "integer"), ("eventType", "string"), ("date", "string"), ("description", "string")];
    private static readonly (string Id, string Type)[] EdgeAttributes =
        [("type", "string"), ("role", "string"), ("date", "string"), ("confidence", "double"), ("symmetric", "boolean")];

    public static void Write(ExportGraph graph, Stream destination)
    {
        using var w = XmlWriter.Create(destination, XmlText.Settings);
        w.WriteStartDocument();
        w.WriteStartElement("gexf", Namespace);
        w.WriteAttributeString("xmlns", "viz", null, VizNamespace);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        w.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Namespace}/gexf.xsd");
        w.WriteAttributeString("version", "1.3");

        w.WriteStartElement("meta", Namespace);
        w.WriteAttributeString("lastmodifieddate", DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        w.WriteElementString("creator", Namespace, "Graph.Exports");
        // GEXF has no graph-level attributes, so a truncated network says so where Gephi shows the file's description.
        var description = string.Join(" ", new[] { graph.Title, graph.Truncated ? "(truncated: the node limit left part of the network out)" : null }.OfType<string>());
        if (description.Length > 0) w.WriteElementString("description", Namespace, XmlText.Clean(description));
        w.WriteEndElement();

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("mode", "dynamic");
        w.WriteAttributeString("defaultedgetype", "directed");
        w.WriteAttributeString("timeformat", "date");
        Declare(w, "node", NodeAttributes);
        Declare(w, "edge", EdgeAttributes);

        w.WriteStartElement("nodes", Namespace);
        foreach (var n in graph.Nodes) WriteNode(w, n);
        w.WriteEndElement();

        w.WriteStartElement("edges", Namespace);
        foreach (var e in graph.Edges) WriteEdge(w, e);
        w.WriteEndElement();

        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Declare(XmlWriter w, string cls, (string Id, string Type)[] attributes)
    {
        w.WriteStartElement("attributes", Namespace);
        // No mode attribute: GEXF 1.3 dropped it from <attributes> (1.2 had it).
        w.WriteAttributeString("class", cls);
        foreach (var (id, type) in attributes)
        {
            w.WriteStartElement("attribute", Namespace);
            w.WriteAttributeString("id", id);
            w.WriteAttributeString("title", id);
            w.WriteAttributeString("type", type);
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static void WriteNode(XmlWriter w, ExportNode n)
    {
        w.WriteStartElement("node", Namespace);
        XmlText.Attribute(w, "id", n.Id);
        XmlText.Attribute(w, "label", n.Label);
        AttValues(w, ("type", n.Type), ("distance", Int(n.Distance)), ("degree", Int(n.Degree)), ("eventType", n.EventType),
            ("date", n.Date?.ToString()), ("description", n.Description));
        if (n.Date is not null && (DateBounds.Start(n.Date) is not null || DateBounds.End(n.Date) is not null))
        {
            w.WriteStartElement("spells", Namespace);
            w.WriteStartElement("spell", Namespace);
            Bounds(w, n.Date);
            w.WriteEndElement();
            w.WriteEndElement();
        }
        if (n.Type is not null)
        {
            var (r, g, b) = Palette.For(n.Type);
            w.WriteStartElement("viz", "color", VizNamespace);
            w.WriteAttributeString("r", Int(r));
            w.WriteAttributeString("g", Int(g));
            w.WriteAttributeString("b", Int(b));
            w.WriteEndElement();
        }
        // Sized by degree so hubs stand out when Gephi opens the file, before any layout or ranking is applied.
        w.WriteStartElement("viz", "size", VizNamespace);
        w.WriteAttributeString("value", Int(4 + 2 * Math.Min(n.Degree ?? 0, 20)));
        w.WriteEndElement();
        w.WriteEndElement();
    }

    private static void WriteEdge(XmlWriter w, ExportEdge e)
    {
        w.WriteStartElement("edge", Namespace);
        XmlText.Attribute(w, "id", e.Id);
        XmlText.Attribute(w, "source", e.Source);
        XmlText.Attribute(w, "target", e.Target);
        XmlText.Attribute(w, "label", e.Type);
        // Parallel edges between the same nodes are allowed in GEXF 1.3 when their kinds differ.
        XmlText.Attribute(w, "kind", e.Type);
        if (e.Symmetric) w.WriteAttributeString("type", "undirected");
        if (e.Weight is int weight) w.WriteAttributeString("weight", Int(weight));
        Bounds(w, e.Date);
        AttValues(w, ("type", e.Type), ("role", e.Role), ("date", e.Date?.ToString()),
            ("confidence", e.Confidence?.ToString("R", CultureInfo.InvariantCulture)), ("symmetric", e.Symmetric ? "true" : "false"));
        w.WriteEndElement();
    }

    private static void Bounds(XmlWriter w, EdtfDate? date)
    {
        XmlText.Attribute(w, "start", DateBounds.StartIso(date));
        XmlText.Attribute(w, "end", DateBounds.EndIso(date));
    }

    private static void AttValues(XmlWriter w, params (string For, string? Value)[] values)
    {
        if (values.All(v => v.Value is null)) return;
        w.WriteStartElement("attvalues", Namespace);
        foreach (var (key, value) in values)
        {
            if (value is null) continue;
            w.WriteStartElement("attvalue", Namespace);
            w.WriteAttributeString("for", key);
            w.WriteAttributeString("value", XmlText.Clean(value));
            w.WriteEndElement();
        }
        w.WriteEndElement();
    }

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);
    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A colour per entity type, by the type's position in the ontology, so that no type name is repeated here.</summary>
internal static class Palette
{
    // Tableau 10: distinct on white and readable for common colour-vision deficiencies.
    private static readonly (int R, int G, int B)[] Colors =
    [
        (78, 121, 167), (242, 142, 43), (225, 87, 89), (118, 183, 178), (89, 161, 79),
        (237, 201, 72), (176, 122, 161), (255, 157, 167), (156, 117, 95), (186, 176, 172),
    ];

    public static (int R, int G, int B) For(string entityType)
    {
        var types = Ontology.Default.EntityTypes;
        var index = -1;
        for (var i = 0; i < types.Count; i++)
            if (types[i].Name == entityType) { index = i; break; }
        return index < 0 ? Colors[^1] : Colors[index % (Colors.Length - 1)];
    }
}
