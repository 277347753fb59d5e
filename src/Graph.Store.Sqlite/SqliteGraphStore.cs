using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Core.Validation;
using Graph.Store.Sqlite.Internal;

namespace Graph.Store.Sqlite;

/// <summary>
/// The graph in one SQLite file (WAL, foreign keys on). One writer at a time, each write one transaction;
/// readers use their own connections. Traversals run on a topology cache loaded at open and patched after
/// every committed write, so they never see a write that did not commit.
/// </summary>
public sealed class SqliteGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly WriteSession _writer;
    private readonly SessionPool _readers;
    private readonly Topology _topology;
    private readonly GraphInputValidator _validator;
    private readonly Reader _reader;
    private readonly DocumentWriter _documents;
    private readonly Curator _curator;

    private SqliteGraphStore(string path, SqliteGraphStoreOptions options)
    {
        var ontology = options.Ontology ?? Ontology.Default;
        _validator = new GraphInputValidator(ontology);
        var connection = Database.OpenForWriting(path, options);
        _writer = new WriteSession(connection, _validator, () => FailureHook);
        Path = System.IO.Path.GetFullPath(path);
        _readers = new SessionPool(Path, options.BusyTimeout, options.ReadConnections);
        _topology = new Topology(ontology);
        _topology.Load(_writer.Session.Query(NodeRow.Select, NodeRow.Read), _writer.Session.Query(EdgeRow.Select, EdgeRow.Read));
        _reader = new Reader(ontology);
        _documents = new DocumentWriter(_writer);
        _curator = new Curator(_writer);
    }

    public string Path { get; }

    /// <summary>Test seam: called with the name of each step of a write, so a test can fail one half-way.</summary>
    internal Action<string>? FailureHook { get; set; }

    /// <summary>Opens or creates the database at <paramref name="path"/> and brings its schema up to date.</summary>
    public static SqliteGraphStore Open(string path, SqliteGraphStoreOptions? options = null) =>
        new(path, options ?? SqliteGraphStoreOptions.Default);

    public static Task<SqliteGraphStore> OpenAsync(string path, SqliteGraphStoreOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.Run(() => Open(path, options), cancellationToken);
    }

    // Writes: one at a time, validated before the transaction, the cache patched only after commit.

    public Task<ApplyResult> ApplyDocumentAsync(DocumentGraph graph, CancellationToken cancellationToken = default) =>
        Write(cancellationToken, () =>
        {
            var (result, changes) = _documents.Apply(graph);
            if (changes is not null) _topology.Apply(changes);
            return result;
        });

    public Task<IReadOnlyList<ApplyResult>> ApplyDocumentsAsync(IEnumerable<DocumentGraph> graphs, CancellationToken cancellationToken = default) =>
        Write<IReadOnlyList<ApplyResult>>(cancellationToken, () =>
        {
            var (results, changes) = _documents.ApplyMany(graphs, cancellationToken);
            if (changes is not null) _topology.Apply(changes);
            return results;
        });

    public Task DeleteDocumentAsync(string documentId, CancellationToken cancellationToken = default) =>
        Write(cancellationToken, () =>
        {
            _topology.Apply(_documents.Delete(documentId));
            return true;
        });

    public Task<Relation> AddCuratedRelationAsync(CuratedRelation relation, CancellationToken cancellationToken = default) =>
        Write(cancellationToken, () =>
        {
            var (id, changes) = _curator.AddRelation(relation);
            _topology.Apply(changes);
            return Reader.Relation(_writer.Session, id)!;
        });

    public Task<Relation> SetRelationStatusAsync(string relationId, RelationStatus status, string? note, CancellationToken cancellationToken = default) =>
        Write(cancellationToken, () =>
        {
            _topology.Apply(_curator.SetStatus(relationId, status, note));
            return Reader.Relation(_writer.Session, relationId)!;
        });

    public Task<Entity> UpdateEntityAsync(string entityId, EntityUpdate update, CancellationToken cancellationToken = default) =>
        Write(cancellationToken, () =>
        {
            _topology.Apply(_curator.UpdateEntity(entityId, update));
            return EntityReader.One(_writer.Session, entityId)!;
        });

    public Task<Entity> MergeEntitiesAsync(string keepId, string removeId, CancellationToken cancellationToken = default) =>
        Write(cancellationToken, () =>
        {
            _topology.Apply(_curator.Merge(keepId, removeId));
            return EntityReader.One(_writer.Session, keepId)!;
        });

    // Reads.

    public Task<Entity?> GetEntityAsync(string id, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, s => EntityReader.One(s, id));

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyDictionary<string, Entity>>(cancellationToken, s => EntityReader.Load(s, ids));

    public Task<Page<EntityHit>> SearchEntitiesAsync(EntitySearch query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, s => Search.Run(s, query));
    }

    public Task<Page<Relation>> GetRelationsAsync(RelationQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, s => _reader.Relations(s, query));
    }

    public Task<Relation?> GetRelationAsync(string id, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, s => Reader.Relation(s, id));

    public Task<IReadOnlyList<Evidence>> GetEvidenceAsync(string relationId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Evidence>>(cancellationToken, s => Reader.Evidence(s, relationId));

    public Task<Page<TimelineEvent>> GetTimelineAsync(TimelineQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, s => Timeline.Run(_topology, s, query));
    }

    public Task<Network> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, s => NetworkBuilder.Run(_topology, s, query));
    }

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken = default)
    {
        _validator.Validate(query);
        return Read(cancellationToken, s => PathFinder.Run(_topology, s, query));
    }

    public Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, s => Reader.Document(s, id));

    public Task<Page<DocumentSummary>> ListDocumentsAsync(PageRequest page, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, s => Reader.Documents(s, page));

    public Task<IReadOnlyList<Mention>> GetDocumentMentionsAsync(string documentId, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Mention>>(cancellationToken, s => Reader.DocumentMentions(s, documentId));

    public Task<Page<Mention>> GetEntityMentionsAsync(string entityId, PageRequest page, CancellationToken cancellationToken = default) =>
        Read(cancellationToken, s => Reader.EntityMentions(s, entityId, page));

    public Task<GraphStats> GetStatsAsync(CancellationToken cancellationToken = default) =>
        Read(cancellationToken, Reader.Stats);

    // Whole-graph reads, for moving the graph elsewhere.

    public Task<IReadOnlyList<DocumentGraph>> ReadDocumentGraphsAsync(string? afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<DocumentGraph>>(cancellationToken, s => Snapshot.DocumentsAfter(s, afterId, GraphSnapshotReading.CheckPageSize(count)));

    public Task<IReadOnlyList<DocumentGraph>> ReadDocumentGraphsAsync(IReadOnlyCollection<string> documentIds, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<DocumentGraph>>(cancellationToken, s => Snapshot.Documents(s, documentIds));

    public Task<IReadOnlyList<Entity>> ReadEntitiesAsync(string? afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Entity>>(cancellationToken, s => Snapshot.EntitiesAfter(s, afterId, GraphSnapshotReading.CheckPageSize(count)));

    public Task<IReadOnlyList<Relation>> ReadRelationsAsync(string? afterId, int count, CancellationToken cancellationToken = default) =>
        Read<IReadOnlyList<Relation>>(cancellationToken, s => Snapshot.RelationsAfter(s, afterId, GraphSnapshotReading.CheckPageSize(count)));

    public Task<GraphCuration> ReadCurationAsync(CancellationToken cancellationToken = default) =>
        Read(cancellationToken, Snapshot.Curation);

    // SQLite calls are synchronous; these wrappers keep the port's async shape and surface errors as faulted tasks.

    private Task<T> Read<T>(CancellationToken cancellationToken, Func<Session, T> read)
    {
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return Task.FromResult(_readers.Use(read));
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    private async Task<T> Write<T>(CancellationToken cancellationToken, Func<T> write)
    {
        await _writer.Lock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            cancellationToken.ThrowIfCancellationRequested();
            return write();
        }
        finally
        {
            _writer.Lock.Release();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _readers.Dispose();
        _writer.Dispose();
    }
}
