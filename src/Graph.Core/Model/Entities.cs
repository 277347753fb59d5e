using Graph.Core.Dates;

namespace Graph.Core.Model;

/// <summary>A node of the graph. Events are entities of the ontology's event type and carry <see cref="Event"/>.</summary>
public sealed record Entity(
    string Id,
    string Type,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description = null,
    EventDetails? Event = null,
    string? ExternalId = null);

/// <summary>What only an event has: its type (Coup, Election...) and its date. Place and participants are relations.</summary>
public sealed record EventDetails(string EventType, EdtfDate? Date);

public enum RelationStatus { Unreviewed, Accepted, Rejected, Disputed }

/// <summary>Where a relation came from: found in a text, or asserted by a curator.</summary>
public enum Provenance { Extracted, Curated }

/// <summary>An edge of the graph with its provenance. Confidence combines every piece of evidence.</summary>
public sealed record Relation(
    string Id,
    string Type,
    string SubjectId,
    string ObjectId,
    string? Role,
    EdtfDate? Date,
    double Confidence,
    int EvidenceCount,
    Provenance Provenance,
    RelationStatus Status = RelationStatus.Unreviewed,
    string? StatusNote = null);

/// <summary>A piece of text that supports a relation: where it is and what produced it.</summary>
public sealed record Evidence(
    string RelationId,
    string DocumentId,
    int Sentence,
    int Start,
    int End,
    string Text,
    string Method,
    double Confidence);

/// <summary>One place in a document where an entity is named.</summary>
public sealed record Mention(
    string EntityId,
    string DocumentId,
    int Sentence,
    int Start,
    int End,
    string Text,
    string Method,
    double Confidence);

/// <summary>An ingested text. Its id comes from its front matter, or from a hash of its text.</summary>
public sealed record Document(
    string Id,
    string Title,
    EdtfDate? Date,
    string? Source,
    string Format,
    string Text)
{
    public string ContentHash { get; } = Identity.GraphIds.ContentHash(Text);
}

public sealed record DocumentSummary(string Id, string Title, EdtfDate? Date, string? Source, string Format, int Length, int MentionCount);
