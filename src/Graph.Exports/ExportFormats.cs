using Graph.Core.Schema;
using Graph.Exports.Internal;

namespace Graph.Exports;

/// <summary>
/// Every export the system offers. Graph formats (GEXF, GraphML, Cytoscape.js, graphology) serve both subjects:
/// a timeline is written as its events (with their dates as GEXF spells) joined to participants and places.
/// </summary>
public static class ExportFormats
{
    public static IReadOnlyList<ExportFormat> All { get; } = Build();

    public static IEnumerable<ExportFormat> For(ExportSubject subject) => All.Where(f => f.Subject == subject);

    /// <summary>Case-insensitive; false for a name the subject does not offer.</summary>
    public static bool TryGet(ExportSubject subject, string? name, out ExportFormat format)
    {
        format = All.FirstOrDefault(f => f.Subject == subject && string.Equals(f.Name, name?.Trim(), StringComparison.OrdinalIgnoreCase))!;
        return format is not null;
    }

    /// <summary>The format, or an error that names the value and lists the known ones (for a 400 response).</summary>
    public static ExportFormat Get(ExportSubject subject, string? name) =>
        TryGet(subject, name, out var format)
            ? format
            : throw new GraphValidationException(
                $"Unknown {subject.ToString().ToLowerInvariant()} export format '{name}'; use one of: {string.Join(", ", For(subject).Select(f => f.Name))}.");

    private static ExportFormat[] Build()
    {
        var graphFormats = new (string Name, string ContentType, string Extension, string Description, Action<ExportGraph, Stream> Write)[]
        {
            ("gexf", "application/gexf+xml", "gexf", "GEXF 1.3 (Gephi), dynamic: dated edges and events carry start/end days.", GexfWriter.Write),
            ("graphml", "application/graphml+xml", "graphml", "GraphML (yEd, NetworkX, igraph) with typed keys.", GraphMLWriter.Write),
            ("cyjs", "application/json", "cyjs", "Cytoscape.js elements JSON.", (g, s) => JsonText.Write(Cytoscape.Document(g), s)),
            ("graphology", "application/json", "graphology.json", "graphology serialized graph (sigma.js).", (g, s) => JsonText.Write(Graphology.Serialize(g), s)),
        };
        var formats = new List<ExportFormat>();
        foreach (var subject in Enum.GetValues<ExportSubject>())
            foreach (var f in graphFormats)
                formats.Add(new ExportFormat(f.Name, subject, f.ContentType, f.Extension, f.Description,
                    (export, stream) => f.Write(ExportGraph.From(export), stream)));

        formats.Add(new ExportFormat("csv", ExportSubject.Network, "application/zip", "csv.zip",
            "A ZIP of nodes.csv and edges.csv (RFC 4180, UTF-8).", (export, stream) => CsvWriter.WriteNetworkZip(ExportGraph.From(export), stream)));
        formats.Add(new ExportFormat("csv", ExportSubject.Timeline, "text/csv; charset=utf-8; header=present", "csv",
            "One row per event (RFC 4180, UTF-8).", (export, stream) => CsvWriter.WriteTimeline((TimelineExport)export, stream)));
        formats.Add(new ExportFormat("timelinejs", ExportSubject.Timeline, "application/json", "timeline.json",
            "TimelineJS 3 JSON.", (export, stream) => JsonText.Write(TimelineJs.Serialize((TimelineExport)export), stream)));
        return formats.ToArray();
    }
}
