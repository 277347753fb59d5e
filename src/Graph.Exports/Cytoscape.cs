using System.Text.Json.Nodes;
using Graph.Exports.Internal;
using static Graph.Exports.Internal.JsonText;

namespace Graph.Exports;

/// <summary>
/// Cytoscape.js elements JSON: <c>{ "elements": { "nodes": [{ "data": {...} }], "edges": [{ "data": {...} }] } }</c>.
/// Ids are store ids (person:hugo-chavez, rel:...), the same as every other export and the GraphQL <c>key</c> field.
/// Optional values (role, date, distance of a node outside the query) are left out rather than null, so
/// Cytoscape selectors such as <c>edge[role]</c> mean "has a role".
/// </summary>
public static class Cytoscape
{
    /// <summary>The <c>elements</c> object alone, for the GraphQL <c>network.elements</c> field.</summary>
    public static JsonObject Elements(GraphExport export) => Elements(ExportGraph.From(export));

    /// <summary>The whole document a <c>.cyjs</c> download holds.</summary>
    public static JsonObject Document(GraphExport export) => Document(ExportGraph.From(export));

    internal static JsonObject Document(ExportGraph graph)
    {
        var data = new JsonObject().Set("name", Value(graph.Title));
        data["truncated"] = graph.Truncated;
        return new JsonObject { ["data"] = data, ["elements"] = Elements(graph) };
    }

    internal static JsonObject Elements(ExportGraph graph)
    {
        var nodes = new JsonArray();
        foreach (var n in graph.Nodes)
        {
            var data = new JsonObject { ["id"] = n.Id, ["label"] = n.Label }.WithNodeFields(n, "type");
            nodes.Add(new JsonObject { ["data"] = data });
        }
        var edges = new JsonArray();
        foreach (var e in graph.Edges)
        {
            var data = new JsonObject { ["id"] = e.Id, ["source"] = e.Source, ["target"] = e.Target, ["label"] = e.Type, ["type"] = e.Type }
                .WithEdgeFields(e);
            data["symmetric"] = e.Symmetric;
            edges.Add(new JsonObject { ["data"] = data });
        }
        return new JsonObject { ["nodes"] = nodes, ["edges"] = edges };
    }
}
