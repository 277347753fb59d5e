using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Exports;

public enum ExportSubject { Network, Timeline }

/// <summary>
/// What an export writes. <see cref="Entities"/> names and types the ids that appear only as edge endpoints,
/// places or participants; the caller batch-loads them (see <c>ReferencedIds</c>) so that writers never call a store.
/// An id missing from it is still written, labelled with the id itself, rather than dropped.
/// </summary>
public abstract record GraphExport(IReadOnlyDictionary<string, Entity>? Entities, string? Title)
{
    public abstract ExportSubject Subject { get; }

    internal Entity? Lookup(string id) => Entities is not null && Entities.TryGetValue(id, out var e) ? e : null;
}

public sealed record NetworkExport(Network Network, IReadOnlyDictionary<string, Entity>? Entities = null, string? Title = null)
    : GraphExport(Entities, Title)
{
    public override ExportSubject Subject => ExportSubject.Network;

    /// <summary>Edge endpoints that are not nodes of the network: the ids to batch-load into the lookup.</summary>
    public static IReadOnlyCollection<string> ReferencedIds(Network network)
    {
        var nodes = network.Nodes.Select(n => n.Entity.Id).ToHashSet(StringComparer.Ordinal);
        return network.Edges.SelectMany(e => new[] { e.Source, e.Target })
            .Where(id => !nodes.Contains(id)).Distinct(StringComparer.Ordinal).ToArray();
    }
}

public sealed record TimelineExport(IReadOnlyList<TimelineEvent> Events, IReadOnlyDictionary<string, Entity>? Entities = null, string? Title = null)
    : GraphExport(Entities, Title)
{
    public override ExportSubject Subject => ExportSubject.Timeline;

    /// <summary>Places and participants of the events: the ids to batch-load into the lookup.</summary>
    public static IReadOnlyCollection<string> ReferencedIds(IEnumerable<TimelineEvent> events) => events
        .SelectMany(e => e.Participants.Select(p => p.EntityId).Prepend(e.PlaceId))
        .OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
}
