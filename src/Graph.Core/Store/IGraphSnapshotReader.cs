using System.Runtime.CompilerServices;
using Graph.Core.Model;

namespace Graph.Core.Store;

/// <summary>
/// Reading a whole graph back out, page by page, to move it to another store or dump it. What a store keeps is
/// each document's contribution plus what curators did; both come back here in a form the writing port takes
/// again, so <c>ApplyDocumentAsync</c> of every document and a replay of the curation rebuild the same graph.
/// Pages are keyed by id (after the last id seen), so a reader can stop and resume where it was.
/// </summary>
public interface IGraphSnapshotReader
{
    /// <summary>
    /// Up to <paramref name="count"/> documents with ids after <paramref name="afterId"/> (null: from the first), in
    /// ordinal id order, each with its stored contribution. Records name entities as the document did, so an
    /// entity a curator later merged away comes back under its own name (the replayed merge folds it again);
    /// relation endpoints are those records' ids. Aliases leave out the record's own name; lists are sorted.
    /// </summary>
    Task<IReadOnlyList<DocumentGraph>> ReadDocumentGraphsAsync(string? afterId, int count, CancellationToken cancellationToken = default);

    /// <summary>The stored contributions of these documents, in id order; ids the store does not hold are left out.</summary>
    Task<IReadOnlyList<DocumentGraph>> ReadDocumentGraphsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> entities with ids after <paramref name="afterId"/>, in ordinal id order.</summary>
    Task<IReadOnlyList<Entity>> ReadEntitiesAsync(string? afterId, int count, CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="count"/> relations with ids after <paramref name="afterId"/>, in ordinal id order.</summary>
    Task<IReadOnlyList<Relation>> ReadRelationsAsync(string? afterId, int count, CancellationToken cancellationToken = default);

    /// <summary>What curators did that documents do not say: merges, asserted relations, reviews, entity edits.</summary>
    Task<GraphCuration> ReadCurationAsync(CancellationToken cancellationToken = default);
}

/// <summary>
/// The curation a store keeps, each list in id order. <see cref="ReviewedRelations"/> are the relations whose
/// status is not Unreviewed or that carry a note, whatever their provenance.
/// </summary>
public sealed record GraphCuration(
    IReadOnlyList<RememberedMerge> Merges,
    IReadOnlyList<Relation> CuratedRelations,
    IReadOnlyList<Relation> ReviewedRelations,
    IReadOnlyList<CuratedEntity> Entities);

/// <summary>An entity id a merge folded into another, remembered so that later ingests land on the kept one.</summary>
public sealed record RememberedMerge(string RemovedId, string KeptId);

/// <summary>
/// The fields of an entity a curator (or a merge) fixed: <see cref="Name"/> and <see cref="Description"/> are null
/// unless fixed; <see cref="CuratorAliases"/> are the surface forms no document gave (a curator's list, the names
/// of merged-away entities).
/// </summary>
public sealed record CuratedEntity(string EntityId, string? Name, string? Description, IReadOnlyList<string> CuratorAliases);

public static class GraphSnapshotReading
{
    public const int DefaultPageSize = 200;

    /// <summary>Every document after <paramref name="afterId"/>, a page at a time, so a big store is never loaded whole.</summary>
    public static async IAsyncEnumerable<DocumentGraph> DocumentGraphsAsync(this IGraphSnapshotReader reader, string? afterId = null,
        int pageSize = DefaultPageSize, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        while (true)
        {
            var page = await reader.ReadDocumentGraphsAsync(afterId, pageSize, cancellationToken).ConfigureAwait(false);
            foreach (var graph in page) yield return graph;
            if (page.Count < pageSize) yield break;
            afterId = page[^1].Document.Id;
        }
    }

    public static async IAsyncEnumerable<Entity> EntitiesAsync(this IGraphSnapshotReader reader, int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var page = await reader.ReadEntitiesAsync(after, pageSize, cancellationToken).ConfigureAwait(false);
            foreach (var e in page) yield return e;
            if (page.Count < pageSize) yield break;
            after = page[^1].Id;
        }
    }

    public static async IAsyncEnumerable<Relation> RelationsAsync(this IGraphSnapshotReader reader, int pageSize = DefaultPageSize,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? after = null;
        while (true)
        {
            var page = await reader.ReadRelationsAsync(after, pageSize, cancellationToken).ConfigureAwait(false);
            foreach (var r in page) yield return r;
            if (page.Count < pageSize) yield break;
            after = page[^1].Id;
        }
    }
}
