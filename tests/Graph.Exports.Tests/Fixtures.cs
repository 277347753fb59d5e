using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Exports.Tests;

/// <summary>Small hand-made inputs; each test builds the one it needs.</summary>
internal static class Fixtures
{
    public static Entity Person(string name) => Make("Person", name);
    public static Entity Organization(string name) => Make("Organization", name);
    public static Entity Place(string name) => Make("Place", name);

    public static Entity Event(string name, string eventType, string? edtf, string? description = null) =>
        Make("Event", name, new EventDetails(eventType, edtf is null ? null : EdtfDate.Parse(edtf)), description);

    private static Entity Make(string type, string name, EventDetails? details = null, string? description = null) =>
        new(GraphIds.Entity(type, name), type, name, [], description, details);

    public static NetworkNode Node(Entity e, int distance = 0, int degree = 1) => new(e, distance, degree);

    public static NetworkEdge Edge(string type, Entity from, Entity to, string? edtf = null, string? role = null, int weight = 1, double confidence = 0.9) =>
        new(GraphIds.Relation(type, from.Id, to.Id, role, symmetric: false), from.Id, to.Id, type, weight, role,
            edtf is null ? null : EdtfDate.Parse(edtf), confidence);

    public static NetworkExport Network(IEnumerable<NetworkNode> nodes, IEnumerable<NetworkEdge> edges, IEnumerable<Entity>? lookup = null) =>
        new(new Network(nodes.ToArray(), edges.ToArray(), Truncated: false), Lookup(lookup ?? []));

    public static TimelineExport Timeline(IEnumerable<TimelineEvent> events, IEnumerable<Entity> lookup, string? title = null) =>
        new(events.ToArray(), Lookup(lookup), title);

    public static TimelineEvent At(Entity ev, Entity? place = null, params (Entity Who, string? Role)[] participants) =>
        new(ev, place?.Id, participants.Select(p => new Participant(p.Who.Id, p.Role)).ToArray());

    public static IReadOnlyDictionary<string, Entity> Lookup(IEnumerable<Entity> entities) =>
        entities.ToDictionary(e => e.Id, StringComparer.Ordinal);

    /// <summary>Writes with the registry, as the API will.</summary>
    public static byte[] Export(GraphExport export, string format)
    {
        using var buffer = new MemoryStream();
        ExportFormats.Get(export.Subject, format).Write(export, buffer);
        return buffer.ToArray();
    }

    public static string Text(GraphExport export, string format) =>
        new System.Text.UTF8Encoding(false).GetString(Export(export, format)).TrimStart('\uFEFF');
}
