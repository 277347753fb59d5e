using Graph.Core.Model;

namespace Graph.Core.Store;

/// <summary>The reading half of the store port: lookups and the traversals the API serves.</summary>
public interface IGraphReader
{
    Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Many entities in one call (for per-request batching); unknown ids are left out.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default);

    /// <summary>Entities by name or alias: prefix or full-text match, optionally of some types, ranked, paged.</summary>
    Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default);

    Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default);

    Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every piece of evidence behind a relation, in document order.</summary>
    Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string relationId, CancellationToken cancellationToken = default);

    /// <summary>Events ordered by earliest date, filtered by participant, place, period and type.</summary>
    Task<Page<TimelineEvent>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default);

    /// <summary>The ego network around one or more centers.</summary>
    Task<Network> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default);

    /// <summary>The k shortest paths between two entities.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default);

    Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default);

    Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken = default);

    /// <summary>Mentions in a document, in text order.</summary>
    Task<IReadOnlyList<Mention>> GetDocumentMentionsAsync(string documentId, CancellationToken cancellationToken = default);

    /// <summary>Mentions of an entity across documents.</summary>
    Task<Page<Mention>> GetEntityMentionsAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default);

    Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default);
}

/// <summary>Both halves, for hosts that need them together, and the whole-graph reads that move a graph elsewhere.</summary>
public interface IGraphStore : IGraphReader, IGraphWriter, IGraphSnapshotReader;
