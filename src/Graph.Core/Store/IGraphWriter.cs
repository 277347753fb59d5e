using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Core.Store;

/// <summary>
/// The writing half of the store port. Every method is one unit of work: it happens whole or not at all,
/// and input that breaks the ontology is rejected (with <see cref="Schema.GraphValidationException"/>) before anything is written.
/// </summary>
public interface IGraphWriter
{
    /// <summary>
    /// Stores one document's extraction. Re-applying a document with the same id replaces its previous
    /// contribution; an unchanged document (same id, same text, same extraction) changes nothing.
    /// </summary>
    Task<ApplyResult> ApplyDocumentAsync(DocumentGraph graph, CancellationToken cancellationToken = default);

    /// <summary>
    /// Stores many documents, for bulk loads. Each document is still all-or-nothing: one that is rejected or
    /// fails is not stored and its result carries the <see cref="ApplyResult.Failure"/>, while the others are
    /// stored. Results come in input order. A store may commit the batch at once (faster), so readers may see
    /// none of it until the call returns, and cancelling may store all, some or none of the batch (each
    /// document still whole). This default applies the documents one by one.
    /// </summary>
    async Task<IReadOnlyList<ApplyResult>> ApplyDocumentsAsync(IEnumerable<DocumentGraph> graphs, CancellationToken cancellationToken = default)
    {
        var results = new List<ApplyResult>();
        foreach (var graph in graphs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                results.Add(await ApplyDocumentAsync(graph, cancellationToken).ConfigureAwait(false));
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                results.Add(ApplyResult.NotStored(graph.Document.Id, e));
            }
        }
        return results;
    }

    /// <summary>
    /// Deletes a document: its mentions and evidence go, and so do entities and relations left with no
    /// evidence; curated relations and the entities they connect stay.
    /// </summary>
    Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>A relation asserted by a curator (provenance curated). It survives document deletion.</summary>
    Task<Relation> AddCuratedRelationAsync(CuratedRelation relation, CancellationToken cancellationToken = default);

    /// <summary>Accept, reject or dispute a relation; rejected relations leave traversals but keep their evidence.</summary>
    Task<Relation> SetRelationStatusAsync(string relationId, RelationStatus status, string? note, CancellationToken cancellationToken = default);

    /// <summary>Changes what a curator may change about an entity; null leaves a field as it is.</summary>
    Task<Entity> UpdateEntityAsync(string entityId, EntityUpdate update, CancellationToken cancellationToken = default);

    /// <summary>
    /// Folds <paramref name="removeId"/> into <paramref name="keepId"/>: mentions, relations and aliases move over.
    /// The merge is remembered, so a later ingest that finds the removed entity again lands on the kept one.
    /// </summary>
    Task<Entity> MergeEntitiesAsync(string keepId, string removeId, CancellationToken cancellationToken = default);
}

public sealed record CuratedRelation(string Type, string SubjectId, string ObjectId, string? Role = null, EdtfDate? Date = null, string? Note = null);

public sealed record EntityUpdate(string? Name = null, string? Description = null, IReadOnlyList<string>? Aliases = null);
