using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Core.Store;

public enum SearchMode { Prefix, FullText }

public enum Direction { Outgoing, Incoming, Both }

public sealed record EntitySearch(string Text, IReadOnlyCollection<string>? Types = null, SearchMode Mode = SearchMode.Prefix, PageRequest? Page = null);

public sealed record EntityHit(Entity Entity, double Score);

public sealed record RelationQuery(
    string EntityId,
    Direction Direction = Direction.Both,
    IReadOnlyCollection<string>? Types = null,
    double MinConfidence = 0,
    bool IncludeRejected = false,
    PageRequest? Page = null);

/// <summary>
/// Events filtered by participants (directly, or through up to <see cref="ParticipantDepth"/> hops from them),
/// by place (including places inside it), by period (EDTF overlap) and by event type; ordered by earliest date.
/// </summary>
public sealed record TimelineQuery(
    IReadOnlyCollection<string>? Participants = null,
    int ParticipantDepth = 0,
    string? PlaceId = null,
    EdtfDate? Period = null,
    IReadOnlyCollection<string>? EventTypes = null,
    PageRequest? Page = null)
{
    public const int MaxParticipantDepth = 3;
}

public sealed record TimelineEvent(Entity Event, string? PlaceId, IReadOnlyList<Participant> Participants);

public sealed record Participant(string EntityId, string? Role);

/// <summary>
/// The ego network around <see cref="Centers"/> to <see cref="Depth"/> hops. Relations whose date does not overlap
/// <see cref="Period"/> are left out (undated relations are kept: they hold at any time the text knows of).
/// </summary>
public sealed record NetworkQuery(
    IReadOnlyCollection<string> Centers,
    int Depth = 1,
    IReadOnlyCollection<string>? RelationTypes = null,
    IReadOnlyCollection<string>? EntityTypes = null,
    EdtfDate? Period = null,
    double MinConfidence = 0,
    int NodeLimit = 200,
    bool IncludeRejected = false)
{
    public const int MaxDepth = 4;
    public const int MaxNodeLimit = 2000;
}

public sealed record Network(IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges, bool Truncated);

public sealed record NetworkNode(Entity Entity, int Distance, int Degree);

/// <summary>An edge of a network view; <see cref="Weight"/> is the number of pieces of evidence.</summary>
public sealed record NetworkEdge(string RelationId, string Source, string Target, string Type, int Weight, string? Role, EdtfDate? Date, double Confidence);

public sealed record PathQuery(
    string FromId,
    string ToId,
    int MaxLength = 4,
    IReadOnlyCollection<string>? RelationTypes = null,
    IReadOnlyCollection<string>? EntityTypes = null,
    int First = 3)
{
    public const int MaxPathLength = 6;
    public const int MaxPaths = 20;
}

/// <summary>A path: NodeIds has one more element than Relations; Relations[i] joins NodeIds[i] and NodeIds[i+1], in either direction.</summary>
public sealed record GraphPath(IReadOnlyList<string> NodeIds, IReadOnlyList<Relation> Relations)
{
    public int Length => Relations.Count;
}

public sealed record GraphStats(
    IReadOnlyDictionary<string, int> EntitiesByType,
    IReadOnlyDictionary<string, int> RelationsByType,
    IReadOnlyDictionary<string, int> EventsByType,
    int Documents,
    int Mentions,
    int Evidence);
