using System.Text.Json.Nodes;
using Graph.Exports.Internal;
using static Graph.Exports.Internal.JsonText;

namespace Graph.Exports;

/// <summary>
/// graphology's serialized graph (what <c>Graph.from(json)</c> / <c>graph.import(json)</c> read, and sigma.js draws):
/// a mixed multigraph, since two entities can be joined by several relation types and symmetric types
/// (ALLIED_WITH, MENTIONED_WITH) are undirected while the rest are directed.
/// The types are named entityType and relationType, not type: sigma.js reads a node's or edge's "type"
/// attribute as the name of its rendering program and fails on "Person" or "LEADS".
/// </summary>
public static class Graphology
{
    public static JsonObject Serialize(GraphExport export) => Serialize(ExportGraph.From(export));

    internal static JsonObject Serialize(ExportGraph graph)
    {
        var attributes = new JsonObject().Set("name", Value(graph.Title));
        attributes["truncated"] = graph.Truncated;
        var nodes = new JsonArray();
        foreach (var n in graph.Nodes)
        {
            var a = new JsonObject { ["label"] = n.Label }.WithNodeFields(n, "entityType");
            nodes.Add(new JsonObject { ["key"] = n.Id, ["attributes"] = a });
        }
        var edges = new JsonArray();
        foreach (var e in graph.Edges)
        {
            var a = new JsonObject { ["label"] = e.Type, ["relationType"] = e.Type }.WithEdgeFields(e);
            var edge = new JsonObject { ["key"] = e.Id, ["source"] = e.Source, ["target"] = e.Target };
            if (e.Symmetric) edge["undirected"] = true;
            edge["attributes"] = a;
            edges.Add(edge);
        }
        return new JsonObject
        {
            ["attributes"] = attributes,
            ["options"] = new JsonObject { ["type"] = "mixed", ["multi"] = true, ["allowSelfLoops"] = true },
            ["nodes"] = nodes,
            ["edges"] = edges,
        };
    }
}
