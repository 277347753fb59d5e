using Graph.Core.Dates;
using Graph.Core.Identity;

namespace Graph.Core.Model;

/// <summary>
/// Everything extracted from one document: the unit of work a store applies atomically.
/// Applying it again replaces that document's previous contribution; applying it unchanged changes nothing.
/// </summary>
public sealed record DocumentGraph(
    Document Document,
    IReadOnlyList<EntityRecord> Entities,
    IReadOnlyList<RelationRecord> Relations);

/// <summary>An entity as one document names it, with the spans where it does.</summary>
public sealed record EntityRecord(
    string Type,
    string Name,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<SpanRef> Mentions,
    string? Description = null,
    EventDetails? Event = null,
    string? ExternalId = null)
{
    public string Id => GraphIds.Entity(Type, Name);
}

/// <summary>A relation as one document supports it. Endpoints are entity ids (<see cref="GraphIds.Entity"/>).</summary>
public sealed record RelationRecord(
    string Type,
    string SubjectId,
    string ObjectId,
    IReadOnlyList<SpanRef> Evidence,
    string? Role = null,
    EdtfDate? Date = null);

/// <summary>
/// A span of the document's text: character offsets [Start, End) into <see cref="Document.Text"/>,
/// the sentence it lies in, the component or pattern that produced it and how sure it was.
/// </summary>
public sealed record SpanRef(int Sentence, int Start, int End, string Method, double Confidence);

public sealed record ApplyResult(
    string DocumentId,
    bool Unchanged,
    bool Replaced,
    int Entities,
    int Relations,
    int Mentions,
    int Evidence)
{
    /// <summary>
    /// Set only in a batch's results: why this document was not stored (nothing of it was written).
    /// A property rather than a positional parameter so that existing constructions and deconstructions keep compiling.
    /// </summary>
    public Exception? Failure { get; init; }

    public bool Failed => Failure is not null;

    public static ApplyResult NotStored(string documentId, Exception failure) => new(documentId, false, false, 0, 0, 0, 0) { Failure = failure };
}
