using System.Runtime.CompilerServices;
using Graph.Core.Model;
using Graph.Core.Schema;

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
    public static IAsyncEnumerable<DocumentGraph> DocumentGraphsAsync(this IGraphSnapshotReader reader, string? afterId = null,
        int pageSize = DefaultPageSize, CancellationToken cancellationToken = default) =>
        KeysetAsync(reader.ReadDocumentGraphsAsync, g => g.Document.Id, afterId, pageSize, cancellationToken);

    public static IAsyncEnumerable<Entity> EntitiesAsync(this IGraphSnapshotReader reader, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        KeysetAsync(reader.ReadEntitiesAsync, e => e.Id, null, pageSize, cancellationToken);

    public static IAsyncEnumerable<Relation> RelationsAsync(this IGraphSnapshotReader reader, int pageSize = DefaultPageSize,
        CancellationToken cancellationToken = default) =>
        KeysetAsync(reader.ReadRelationsAsync, r => r.Id, null, pageSize, cancellationToken);

    /// <summary>The page size a snapshot read asks for, checked by the stores: at least one item.</summary>
    public static int CheckPageSize(int count) => count >= 1 ? count
        : throw new GraphValidationException($"A snapshot page of {count} items is empty; ask for at least one.");

    /// <summary>Keyset pages: each read asks for the items after the last one's id, until a page comes back short.</summary>
    private static async IAsyncEnumerable<T> KeysetAsync<T>(Func<string?, int, CancellationToken, Task<IReadOnlyList<T>>> read, Func<T, string> id,
        string? afterId, int pageSize, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (true)
        {
            var page = await read(afterId, pageSize, cancellationToken).ConfigureAwait(false);
            foreach (var item in page) yield return item;
            if (page.Count < pageSize) yield break;
            afterId = id(page[^1]);
        }
    }
}
