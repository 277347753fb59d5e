namespace Graph.Synthetic;

/// <summary>
/// Sizes of a synthetic graph. The same options (seed included) always give the same documents, nodes and edges.
/// </summary>
/// <param name="Entities">Named entities that are not events (people, organizations, places...).</param>
/// <param name="Relations">Distinct relations in total, including the place hierarchy and the events' edges.</param>
/// <param name="Events">Event entities; null means a tenth of <paramref name="Entities"/>.</param>
/// <param name="Documents">Documents the relations are spread over (about; a few more hold entities no relation touches); null means one per hundred relations.</param>
public sealed record SyntheticGraphOptions(
    int Entities = 1_000,
    int Relations = 10_000,
    int? Events = null,
    int? Documents = null,
    int Seed = 1)
{
    public int EventCount => Events ?? Math.Max(1, Entities / 10);
    public int DocumentCount => Documents ?? Math.Max(1, Relations / 100);

    internal void Validate()
    {
        if (Entities < 20)
            throw new ArgumentOutOfRangeException(nameof(Entities), Entities, "A synthetic graph needs at least 20 entities so that every entity type has members; pass a larger entity count.");
        if (EventCount < 1)
            throw new ArgumentOutOfRangeException(nameof(Events), Events, "A synthetic graph needs at least one event; pass a positive event count or leave it unset.");
        if (Relations < 1)
            throw new ArgumentOutOfRangeException(nameof(Relations), Relations, "A synthetic graph needs at least one relation.");
        if (DocumentCount < 1 || DocumentCount > Relations)
            throw new ArgumentOutOfRangeException(nameof(Documents), Documents, $"Documents must be between 1 and the relation count ({Relations}); every document carries at least one relation.");
        if ((long)Entities + EventCount > 100_000_000)
            throw new ArgumentOutOfRangeException(nameof(Entities), Entities, "Entities and events together must stay below 100 million.");
    }
}

/// <summary>A node of the synthetic graph as a baseline sees it; <see cref="Event"/> is set for events only.</summary>
public sealed record SyntheticNode(string Id, string Type, string Name, IReadOnlyList<string> Aliases, Graph.Core.Model.EventDetails? Event);

/// <summary>A relation of the synthetic graph without its text: what an in-memory baseline needs.</summary>
public sealed record SyntheticEdge(string Id, string Type, string SubjectId, string ObjectId, string? Role, Graph.Core.Dates.EdtfDate? Date, bool Symmetric);
