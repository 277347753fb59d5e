using System.IO.Compression;
using Cell = Graph.Exports.Internal.CsvTable.Cell;

namespace Graph.Exports.Internal;

/// <summary>
/// A network is two tables, so it downloads as one ZIP holding nodes.csv and edges.csv (one request, and the two
/// tables cannot come from different queries). A timeline is one table of events.
/// </summary>
internal static class CsvWriter
{
    public const string NodesFile = "nodes.csv";
    public const string EdgesFile = "edges.csv";

    public static void WriteNetworkZip(ExportGraph graph, Stream destination)
    {
        using var zip = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        using (var nodes = zip.CreateEntry(NodesFile, CompressionLevel.Optimal).Open()) WriteNodes(graph, nodes);
        using (var edges = zip.CreateEntry(EdgesFile, CompressionLevel.Optimal).Open()) WriteEdges(graph, edges);
    }

    public static void WriteNodes(ExportGraph graph, Stream destination)
    {
        var t = new CsvTable(destination);
        t.Header("id", "name", "type", "distance", "degree", "eventType", "edtf", "earliest", "latest", "description");
        foreach (var n in graph.Nodes)
            t.Row(Cell.Text(n.Id), Cell.Text(n.Label), Cell.Text(n.Type), Cell.Number(n.Distance), Cell.Number(n.Degree),
                Cell.Text(n.EventType), Cell.Text(n.Date?.ToString()), Cell.Text(DateBounds.StartIso(n.Date)),
                Cell.Text(DateBounds.EndIso(n.Date)), Cell.Text(n.Description));
        t.Flush();
    }

    public static void WriteEdges(ExportGraph graph, Stream destination)
    {
        var names = graph.Nodes.ToDictionary(n => n.Id, n => n.Label, StringComparer.Ordinal);
        var t = new CsvTable(destination);
        t.Header("id", "source", "sourceName", "target", "targetName", "type", "symmetric", "weight", "role",
            "edtf", "earliest", "latest", "confidence");
        foreach (var e in graph.Edges)
            t.Row(Cell.Text(e.Id), Cell.Text(e.Source), Cell.Text(names.GetValueOrDefault(e.Source, e.Source)),
                Cell.Text(e.Target), Cell.Text(names.GetValueOrDefault(e.Target, e.Target)), Cell.Text(e.Type),
                Cell.Bool(e.Symmetric), Cell.Number(e.Weight), Cell.Text(e.Role), Cell.Text(e.Date?.ToString()),
                Cell.Text(DateBounds.StartIso(e.Date)), Cell.Text(DateBounds.EndIso(e.Date)), Cell.Number(e.Confidence));
        t.Flush();
    }

    /// <summary>Place and participants by name (participants "Name (role)", separated by "; ") so the table reads on its own.</summary>
    public static void WriteTimeline(TimelineExport export, Stream destination)
    {
        var t = new CsvTable(destination);
        t.Header("id", "name", "eventType", "edtf", "earliest", "latest", "place", "participants");
        foreach (var e in export.Events.DistinctBy(e => e.Event.Id))
        {
            var date = e.Event.Event?.Date;
            var participants = string.Join("; ", e.Participants.Select(p =>
                TimelineJs.Name(p.EntityId, export) + (p.Role is { } r ? $" ({r})" : "")));
            t.Row(Cell.Text(e.Event.Id), Cell.Text(e.Event.Name), Cell.Text(e.Event.Event?.EventType), Cell.Text(date?.ToString()),
                Cell.Text(DateBounds.StartIso(date)), Cell.Text(DateBounds.EndIso(date)),
                Cell.Text(e.PlaceId is { } place ? TimelineJs.Name(place, export) : null), Cell.Text(participants));
        }
        t.Flush();
    }
}
