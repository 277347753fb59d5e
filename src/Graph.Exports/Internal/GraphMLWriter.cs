using System.Globalization;
using System.Xml;

namespace Graph.Exports.Internal;

/// <summary>
/// GraphML for yEd, NetworkX, igraph and Neo4j's APOC import. Every data value has a typed &lt;key&gt;; edges are
/// directed by default and an edge of a symmetric relation type carries directed="false" and symmetric=true.
/// Dates appear three ways: the EDTF text, and its earliest and latest day (empty for an open end) for filtering.
/// </summary>
internal static class GraphMLWriter
{
    public const string Namespace = "http://graphml.graphdrawing.org/xmlns";
    private const string XsiNamespace = "http://www.w3.org/2001/XMLSchema-instance";

    private sealed record Key(string Id, string For, string Name, string Type);

    // Ids are prefixed by domain because GraphML tools such as NetworkX expect a key id to be unique across domains.
    private static readonly Key[] NodeKeys =
    [
        new("n_label", "node", "label", "string"), new("n_type", "node", "type", "string"),
        new("n_distance", "node", "distance", "int"), new("n_degree", "node", "degree", "int"),
        new("n_eventType", "node", "eventType", "string"), new("n_date", "node", "date", "string"),
        new("n_earliest", "node", "earliest", "string"), new("n_latest", "node", "latest", "string"),
        new("n_description", "node", "description", "string"),
    ];

    private static readonly Key[] EdgeKeys =
    [
        new("e_label", "edge", "label", "string"), new("e_type", "edge", "type", "string"),
        new("e_weight", "edge", "weight", "int"), new("e_role", "edge", "role", "string"),
        new("e_date", "edge", "date", "string"), new("e_earliest", "edge", "earliest", "string"),
        new("e_latest", "edge", "latest", "string"), new("e_confidence", "edge", "confidence", "double"),
        new("e_symmetric", "edge", "symmetric", "boolean"),
    ];

    private static readonly Key GraphTruncated = new("g_truncated", "graph", "truncated", "boolean");
    private static readonly Key GraphTitle = new("g_title", "graph", "title", "string");

    public static void Write(ExportGraph graph, Stream destination)
    {
        using var w = XmlWriter.Create(destination, XmlText.Settings);
        w.WriteStartDocument();
        w.WriteStartElement("graphml", Namespace);
        w.WriteAttributeString("xmlns", "xsi", null, XsiNamespace);
        w.WriteAttributeString("xsi", "schemaLocation", XsiNamespace, $"{Namespace} {Namespace}/1.0/graphml.xsd");
        foreach (var key in NodeKeys.Concat(EdgeKeys).Append(GraphTitle).Append(GraphTruncated))
        {
            w.WriteStartElement("key", Namespace);
            w.WriteAttributeString("id", key.Id);
            w.WriteAttributeString("for", key.For);
            w.WriteAttributeString("attr.name", key.Name);
            w.WriteAttributeString("attr.type", key.Type);
            w.WriteEndElement();
        }

        w.WriteStartElement("graph", Namespace);
        w.WriteAttributeString("id", "G");
        w.WriteAttributeString("edgedefault", "directed");
        Data(w, GraphTitle.Id, graph.Title);
        Data(w, GraphTruncated.Id, graph.Truncated ? "true" : "false");
        foreach (var n in graph.Nodes)
        {
            w.WriteStartElement("node", Namespace);
            XmlText.Attribute(w, "id", n.Id);
            Data(w, "n_label", n.Label);
            Data(w, "n_type", n.Type);
            Data(w, "n_distance", Int(n.Distance));
            Data(w, "n_degree", Int(n.Degree));
            Data(w, "n_eventType", n.EventType);
            Data(w, "n_date", n.Date?.ToString());
            Data(w, "n_earliest", DateBounds.StartIso(n.Date));
            Data(w, "n_latest", DateBounds.EndIso(n.Date));
            Data(w, "n_description", n.Description);
            w.WriteEndElement();
        }
        foreach (var e in graph.Edges)
        {
            w.WriteStartElement("edge", Namespace);
            XmlText.Attribute(w, "id", e.Id);
            XmlText.Attribute(w, "source", e.Source);
            XmlText.Attribute(w, "target", e.Target);
            if (e.Symmetric) w.WriteAttributeString("directed", "false");
            Data(w, "e_label", e.Type);
            Data(w, "e_type", e.Type);
            Data(w, "e_weight", Int(e.Weight));
            Data(w, "e_role", e.Role);
            Data(w, "e_date", e.Date?.ToString());
            Data(w, "e_earliest", DateBounds.StartIso(e.Date));
            Data(w, "e_latest", DateBounds.EndIso(e.Date));
            Data(w, "e_confidence", e.Confidence?.ToString("R", CultureInfo.InvariantCulture));
            Data(w, "e_symmetric", e.Symmetric ? "true" : "false");
            w.WriteEndElement();
        }
        w.WriteEndElement();
        w.WriteEndElement();
        w.WriteEndDocument();
    }

    private static void Data(XmlWriter w, string key, string? value)
    {
        if (value is null) return;
        w.WriteStartElement("data", Namespace);
        w.WriteAttributeString("key", key);
        w.WriteString(XmlText.Clean(value));
        w.WriteEndElement();
    }

    private static string? Int(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
