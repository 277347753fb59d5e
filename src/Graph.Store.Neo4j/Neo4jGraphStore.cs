using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Core.Validation;
using Graph.Store.Neo4j.Internal;

namespace Graph.Store.Neo4j;

/// <summary>
/// The graph in Neo4j, over its HTTP Query API. Reads are auto-commit requests in Read access mode; every write is
/// one explicit transaction, committed whole or rolled back. Input is validated by the shared
/// <see cref="GraphInputValidator"/> before anything is sent, so both stores reject the same input the same way.
/// The schema (graph-schema/neo4j) is applied once, before the first operation, or by <see cref="InitializeAsync"/>.
/// </summary>
public sealed class Neo4jGraphStore : IGraphStore
{
    private readonly QueryApiClient _client;
    private readonly GraphInputValidator _validator;
    private readonly Reads _reads;
    private readonly Search _search;
    private readonly Internal.Network _network;
    private readonly Timeline _timeline;
    private readonly Paths _paths;
    private readonly DocumentWrites _documents;
    private readonly CurationWrites _curation;
    private readonly SnapshotReads _snapshot;
    private readonly SemaphoreSlim _schemaLock = new(1, 1);
    private volatile bool _schemaApplied;

    /// <param name="http">Sends the requests; its lifetime is the caller's (DI's IHttpClientFactory, usually).</param>
    public Neo4jGraphStore(HttpClient http, Neo4jOptions options, Ontology? ontology = null)
        : this(http, options, ontology, TimeSpan.FromMilliseconds(200), schemaApplied: false) { }

    internal Neo4jGraphStore(HttpClient http, Neo4jOptions options, Ontology? ontology, TimeSpan retryDelay, bool schemaApplied)
    {
        ontology ??= Ontology.Default;
        _client = new QueryApiClient(http, options, retryDelay);
        _validator = new GraphInputValidator(ontology);
        var vocabulary = new Vocabulary(ontology);
        _reads = new Reads(vocabulary);
        _search = new Search(_reads);
        _network = new Internal.Network(vocabulary, _reads);
        _timeline = new Timeline(vocabulary, _reads);
        _paths = new Paths(vocabulary, _reads);
        var settle = new Settle(vocabulary);
        _documents = new DocumentWrites(vocabulary, settle);
        _curation = new CurationWrites(vocabulary, _validator, settle, _reads);
        _snapshot = new SnapshotReads(vocabulary);
        _schemaApplied = schemaApplied;
    }

    /// <summary>Applies the schema now (idempotent), so that a bad setting fails at start-up rather than on the first request.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        if (_schemaApplied) return;
        await _schemaLock.WaitAsync(cancellationToken);
        try
        {
            if (_schemaApplied) return;
            await SchemaInstaller.ApplyAsync(_client, cancellationToken);
            _schemaApplied = true;
        }
        finally
        {
            _schemaLock.Release();
        }
    }

    // Writes: validated before anything is sent, then one transaction each.

    public async Task<ApplyResult> ApplyDocumentAsync(DocumentGraph graph, CancellationToken cancellationToken = default)
    {
        _validator.Validate(graph);
        return await Write($"apply document '{graph.Document.Id}'", tx => _documents.ApplyAsync(tx, graph), cancellationToken);
    }

    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Write($"delete document '{documentId}'", async tx => { await _documents.DeleteAsync(tx, documentId); return true; }, cancellationToken);

    public Task<Relation> AddCuratedRelationAsync(CuratedRelation relation, CancellationToken cancellationToken = default)
    {
        _validator.RelationType(relation.Type, $"curated relation ({relation.SubjectId} {relation.Type} {relation.ObjectId})");
        return Write($"add curated relation ({relation.SubjectId} {relation.Type} {relation.ObjectId})", tx => _curation.AddRelationAsync(tx, relation), cancellationToken);
    }

    public Task<Relation> SetRelationStatusAsync(string relationId, RelationStatus status, string? note, CancellationToken cancellationToken = default) =>
        Write($"set the status of relation '{relationId}'", tx => _curation.SetStatusAsync(tx, relationId, status, note), cancellationToken);

    public Task<Entity> UpdateEntityAsync(string entityId, EntityUpdate update, CancellationToken cancellationToken = default)
    {
        _validator.Validate(entityId, update);
        return Write($"update entity '{entityId}'", tx => _curation.UpdateEntityAsync(tx, entityId, update), cancellationToken);
    }

    public Task<Entity> MergeEntitiesAsync(string keepId, string removeId, CancellationToken cancellationToken = default)
    {
        if (keepId == removeId)
            throw new GraphValidationException($"Cannot merge entity '{keepId}' into itself; give two different ids.");
        return Write($"merge entity '{removeId}' into '{keepId}'", tx => _curation.MergeAsync(tx, keepId, removeId), cancellationToken);
    }

    // Reads.

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, async run => (await _reads.EntitiesAsync(run, [id])).GetValueOrDefault(id));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Entity>>(cancellationToken, async run => await _reads.EntitiesAsync(run, ids));

    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, run => _search.RunAsync(run, query));
    }

    public Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, run => _reads.RelationsAsync(run, query));
    }

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, run => _reads.RelationAsync(run, id));

    public Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string relationId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Evidence>>(cancellationToken, async run => await _reads.EvidenceAsync(run, relationId));

    public Task<Page<TimelineEvent>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, run => _timeline.RunAsync(run, query));
    }

    public Task<Graph.Core.Store.Network> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, run => _network.RunAsync(run, query));
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, run => _paths.RunAsync(run, query));
    }

    public Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, run => _reads.DocumentAsync(run, id));

    public Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken = default)
    {
        page.Validate();
        return Read(cancellationToken, run => _reads.DocumentsAsync(run, page));
    }

    public Task<IReadOnlyList<Mention>> GetDocumentMentionsAsync(string documentId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Mention>>(cancellationToken, async run => await _reads.DocumentMentionsAsync(run, documentId));

    public Task<Page<Mention>> GetEntityMentionsAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default)
    {
        page.Validate();
        return Read(cancellationToken, run => _reads.EntityMentionsAsync(run, entityId, page));
    }

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Read(cancellationToken, _reads.StatsAsync);

    // Whole-graph reads, for moving the graph elsewhere.

    public Task<IReadOnlyList<DocumentGraph>> ReadDocumentGraphsAsync(string? afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<DocumentGraph>>(cancellationToken, async run => await _snapshot.DocumentsAfterAsync(run, afterId, GraphSnapshotReading.CheckPageSize(count)));

    public Task<IReadOnlyList<DocumentGraph>> ReadDocumentGraphsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<DocumentGraph>>(cancellationToken, async run => await _snapshot.DocumentsAsync(run, documentIds));

    public Task<IReadOnlyList<Entity>> ReadEntitiesAsync(string? afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Entity>>(cancellationToken, async run => await _snapshot.EntitiesAfterAsync(run, afterId, GraphSnapshotReading.CheckPageSize(count)));

    public Task<IReadOnlyList<Relation>> ReadRelationsAsync(string? afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Relation>>(cancellationToken, async run => await _snapshot.RelationsAfterAsync(run, afterId, GraphSnapshotReading.CheckPageSize(count)));

    public Task<GraphCuration> ReadCurationAsync(CancellationToken cancellationToken = default) =>
        Read(cancellationToken, _snapshot.CurationAsync);

    private async Task<T> Read<T>(CancellationToken cancellationToken, Func<Run, Task<T>> read)
    {
        await InitializeAsync(cancellationToken);
        return await read(statement => _client.ReadAsync(statement, cancellationToken));
    }

    private async Task<T> Write<T>(string unit, Func<Neo4jTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await InitializeAsync(cancellationToken);
        return await _client.InTransactionAsync(unit, write, cancellationToken);
    }
}
