using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Exports.Internal;

/// <summary>
/// One flat node-and-edge view of a network or a timeline, so that every graph format writes the same
/// nodes, edges and attributes. Distance, degree, weight and confidence are null where the source has none
/// (a timeline has no distances and no evidence counts), and writers leave such values out.
/// </summary>
internal sealed record ExportGraph(string? Title, IReadOnlyList<ExportNode> Nodes, IReadOnlyList<ExportEdge> Edges, bool Truncated)
{
    public static ExportGraph From(GraphExport export) => export switch
    {
        NetworkExport n => FromNetwork(n),
        TimelineExport t => FromTimeline(t),
        _ => throw new ArgumentException($"Unknown export kind {export.GetType().Name}.", nameof(export)),
    };

    private static ExportGraph FromNetwork(NetworkExport export)
    {
        var nodes = new List<ExportNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var n in export.Network.Nodes)
            if (seen.Add(n.Entity.Id)) nodes.Add(ExportNode.Of(n.Entity, n.Distance, n.Degree));
        // Endpoints outside the node list would make GEXF and GraphML invalid (an edge must name declared nodes).
        foreach (var id in NetworkExport.ReferencedIds(export.Network))
            if (seen.Add(id)) nodes.Add(Referenced(export, id));
        var edges = export.Network.Edges.Select(e => new ExportEdge(e.RelationId, e.Source, e.Target, e.Type,
            IsSymmetric(e.Type), e.Weight, e.Role, e.Date, e.Confidence)).ToArray();
        return new ExportGraph(export.Title, nodes, edges, export.Network.Truncated);
    }

    private static ExportGraph FromTimeline(TimelineExport export)
    {
        var ontology = Ontology.Default;
        var nodes = new Dictionary<string, ExportNode>(StringComparer.Ordinal);
        var order = new List<string>();
        var edges = new List<ExportEdge>();
        var edgeIds = new HashSet<string>(StringComparer.Ordinal);
        void AddNode(string id, Func<ExportNode> make)
        {
            if (nodes.ContainsKey(id)) return;
            nodes[id] = make();
            order.Add(id);
        }
        void AddEdge(string type, string source, string target, string? role)
        {
            // The same id the store gives this relation, so a timeline export and a network export agree.
            var id = GraphIds.Relation(type, source, target, role, IsSymmetric(type));
            if (edgeIds.Add(id)) edges.Add(new ExportEdge(id, source, target, type, IsSymmetric(type), null, role, null, null));
        }

        foreach (var e in export.Events) AddNode(e.Event.Id, () => ExportNode.Of(e.Event, null, null));
        foreach (var e in export.Events)
        {
            foreach (var p in e.Participants)
            {
                AddNode(p.EntityId, () => Referenced(export, p.EntityId));
                AddEdge(ontology.ParticipationRelation, p.EntityId, e.Event.Id, p.Role);
            }
            if (e.PlaceId is { } place)
            {
                AddNode(place, () => Referenced(export, place));
                AddEdge(ontology.EventPlaceRelation, e.Event.Id, place, null);
            }
        }
        var degree = edges.SelectMany(e => new[] { e.Source, e.Target }).GroupBy(id => id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var list = order.Select(id => nodes[id] with { Degree = degree.GetValueOrDefault(id) }).ToArray();
        return new ExportGraph(export.Title, list, edges, false);
    }

    private static ExportNode Referenced(GraphExport export, string id) =>
        export.Lookup(id) is { } entity ? ExportNode.Of(entity, null, null) : new ExportNode(id, id, null, null, null, null, null, null);

    public static bool IsSymmetric(string relationType) => Ontology.Default.TryRelation(relationType)?.Symmetric == true;
}

internal sealed record ExportNode(string Id, string Label, string? Type, int? Distance, int? Degree,
    string? EventType, EdtfDate? Date, string? Description)
{
    public static ExportNode Of(Entity e, int? distance, int? degree) =>
        new(e.Id, e.Name, e.Type, distance, degree, e.Event?.EventType, e.Event?.Date, e.Description);
}

internal sealed record ExportEdge(string Id, string Source, string Target, string Type, bool Symmetric,
    int? Weight, string? Role, EdtfDate? Date, double? Confidence);

/// <summary>The earliest and latest day of an EDTF date as ISO days; null for an open or unknown end.</summary>
internal static class DateBounds
{
    public static DateOnly? Start(EdtfDate? date) => date is null || date.Earliest == DateOnly.MinValue ? null : date.Earliest;
    public static DateOnly? End(EdtfDate? date) => date is null || date.Latest == DateOnly.MaxValue ? null : date.Latest;
    public static string? StartIso(EdtfDate? date) => Iso(Start(date));
    public static string? EndIso(EdtfDate? date) => Iso(End(date));
    public static string? Iso(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
