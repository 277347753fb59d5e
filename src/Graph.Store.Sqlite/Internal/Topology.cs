using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// The graph's shape in memory: node ids and types, edge endpoints and the fields traversals filter on.
/// Loaded at open and patched after every committed write; SQLite stays the source of truth for
/// everything else. Measured on 100k entities / 1M relations (2 busy cores): the traversal alone of a
/// 2-hop network by SQL frontier queries (batched IN over json_each) took ~7 ms p50, as much as the whole
/// network query on this cache including reading its 200 entities from SQL (~8.5 ms); k-shortest paths,
/// which expand many frontiers per query, take ~1 ms p50 here. Entities a network has read from SQL are kept
/// on their nodes (bounded, dropped by the patch of any write that touches them), as reading 200 of them per
/// network was more than half of its time (docs/benchmarks.md, GraphQL API).
/// </summary>
internal sealed class Topology
{
    internal struct Node
    {
        public string Id;
        public int Type;
        public int EventType; // -1 for entities that are not events
        public int Earliest, Latest; // day numbers; Dated false when the event has no date
        public bool Dated;
        public List<int> Edges;
        // The other end of each edge in Edges, at the same position (the node itself for a loop): a traversal
        // tests whether a neighbour is wanted from this list, which lies in one block, before it reads the edge,
        // which lies anywhere in a 1M-element array. The 200 nodes of a 2-hop network have ~9,000 adjacency
        // entries, of which ~200 are edges inside the network.
        public List<int> Neighbors;
        // The entity as last read from SQL, for readers that need whole entities per node (a network's 200);
        // dropped whenever a write touches the node. See Remember.
        public Entity? Entity;
        public bool Alive;
    }

    internal struct Edge
    {
        public string Id;
        public int From, To, Type;
        public string? Role, Date;
        public EdtfDate? ParsedDate; // Date parsed on first use, see DateOf
        public int Earliest, Latest;
        public bool Dated;
        public double Confidence;
        public int Evidence;
        public RelationStatus Status;
        public bool Alive;
    }

    private readonly ReaderWriterLockSlim _lock = new(LockRecursionPolicy.NoRecursion);
    private readonly Dictionary<string, int> _nodeIndex = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _edgeIndex = new(StringComparer.Ordinal);
    private readonly Stack<int> _freeNodes = new(), _freeEdges = new();
    private readonly SortedSet<int> _events;
    private Node[] _nodes = new Node[1024];
    private Edge[] _edges = new Edge[4096];
    private int _nodeCount, _edgeCount;
    private long _version;
    private int _remembered;

    public Topology(Ontology ontology)
    {
        Ontology = ontology;
        EntityTypes = Index(ontology.EntityTypes.Select(t => t.Name));
        RelationTypes = Index(ontology.RelationTypes.Select(t => t.Name));
        EventTypes = Index(ontology.EventTypes);
        EventEntityType = EntityTypes[ontology.EventEntityType];
        Containment = RelationTypes[ontology.ContainmentRelation];
        Participation = RelationTypes[ontology.ParticipationRelation];
        EventPlace = RelationTypes[ontology.EventPlaceRelation];
        _events = new SortedSet<int>(Comparer<int>.Create(CompareEvents));
    }

    public Ontology Ontology { get; }
    public Dictionary<string, int> EntityTypes { get; }
    public Dictionary<string, int> RelationTypes { get; }
    public Dictionary<string, int> EventTypes { get; }
    public int EventEntityType { get; }
    public int Containment { get; }
    public int Participation { get; }
    public int EventPlace { get; }

    public ref Node NodeAt(int i) => ref _nodes[i];
    /// <summary>Above every node index in use; stable while a read scope is held.</summary>
    public int NodeCapacity => _nodes.Length;
    public ref Edge EdgeAt(int i) => ref _edges[i];
    /// <summary>
    /// The edge's date, parsed once and kept: a 2-hop network lists ~200 edges per request, and parsing their
    /// dates on every request showed in its profile. Call in a read scope; racing readers store equal values.
    /// </summary>
    public EdtfDate? DateOf(int edge)
    {
        ref var e = ref _edges[edge];
        return e.Date is null ? null : e.ParsedDate ??= EdtfDate.Parse(e.Date);
    }

    public int NodeOf(string id) => _nodeIndex.TryGetValue(id, out var i) ? i : -1;
    public int EdgeOf(string id) => _edgeIndex.TryGetValue(id, out var i) ? i : -1;

    /// <summary>Events in timeline order: earliest day, undated last, then id.</summary>
    public SortedSet<int> Events => _events;

    public ReadScope Read() => new(_lock);

    /// <summary>Changes with every patch; read it in a read scope before reading SQL, pass it to <see cref="Remember"/>.</summary>
    public long Version => Volatile.Read(ref _version);

    /// <summary>
    /// Entities kept on nodes at most, past which all are dropped and read again as needed: ~520 bytes each
    /// (measured: the 1,000 benchmark networks keep 67,925 entities in 35 MB), so at most ~50 MB.
    /// </summary>
    public const int MaxRememberedEntities = 100_000;

    /// <summary>
    /// Keeps an entity read from SQL on its node, unless the cache was patched since <paramref name="version"/>
    /// was read: then the row may predate a write whose patch already passed, and keeping it would serve that
    /// stale row until the next write to the entity. Every write reaches the cache through Apply, which drops
    /// the entities of the nodes it touches, so a kept entity is the committed row. Call in a read scope.
    /// </summary>
    public void Remember(int node, Entity entity, long version)
    {
        if (Volatile.Read(ref _version) != version) return;
        ref var n = ref _nodes[node];
        if (n.Id != entity.Id || n.Entity is not null) return;
        n.Entity = entity;
        if (Interlocked.Increment(ref _remembered) <= MaxRememberedEntities) return;
        // Bounded memory: dropping all is simple and rare (a graph larger than the bound, read in full).
        for (var i = 0; i < _nodeCount; i++) _nodes[i].Entity = null;
        Interlocked.Exchange(ref _remembered, 0);
    }

    /// <summary>Entities kept on nodes now (see <see cref="Remember"/>).</summary>
    public int Remembered => Volatile.Read(ref _remembered);

    /// <summary>Drops a node's kept entity, and its count, so that the bound counts only entities still kept.</summary>
    private void Forget(ref Node n)
    {
        if (n.Entity is null) return;
        n.Entity = null;
        Interlocked.Decrement(ref _remembered);
    }

    public readonly struct ReadScope : IDisposable
    {
        private readonly ReaderWriterLockSlim _lock;
        public ReadScope(ReaderWriterLockSlim l) { _lock = l; l.EnterReadLock(); }
        public void Dispose() => _lock.ExitReadLock();
    }

    /// <summary>Patches the cache with what a committed transaction left in the touched rows.</summary>
    public void Apply(TopologyChanges changes)
    {
        _lock.EnterWriteLock();
        try
        {
            _version++;
            var presentEdges = changes.Edges.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in changes.RelationIds) if (!presentEdges.Contains(id)) RemoveEdge(id);
            var presentNodes = changes.Nodes.Select(n => n.Id).ToHashSet(StringComparer.Ordinal);
            foreach (var id in changes.EntityIds) if (!presentNodes.Contains(id)) RemoveNode(id);
            foreach (var n in changes.Nodes) UpsertNode(n);
            foreach (var e in changes.Edges) UpsertEdge(e);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    public void Load(IEnumerable<NodeRow> nodes, IEnumerable<EdgeRow> edges)
    {
        _lock.EnterWriteLock();
        try
        {
            _version++;
            foreach (var n in nodes) UpsertNode(n);
            foreach (var e in edges) UpsertEdge(e);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private void UpsertNode(NodeRow row)
    {
        if (!_nodeIndex.TryGetValue(row.Id, out var i))
        {
            i = _freeNodes.Count > 0 ? _freeNodes.Pop() : Grow(ref _nodes, ref _nodeCount);
            _nodes[i] = new Node { Id = row.Id, Edges = [], Neighbors = [], Alive = true, EventType = -1 };
            _nodeIndex[row.Id] = i;
        }
        else if (_nodes[i].Type == EventEntityType) _events.Remove(i);
        ref var n = ref _nodes[i];
        Forget(ref n);
        n.Type = EntityTypes.GetValueOrDefault(row.Type, -1);
        n.EventType = row.EventType is null ? -1 : EventTypes.GetValueOrDefault(row.EventType, -1);
        n.Dated = row.Earliest is not null;
        n.Earliest = row.Earliest ?? int.MaxValue;
        n.Latest = row.Latest ?? int.MaxValue;
        if (n.Type == EventEntityType) _events.Add(i);
    }

    private void RemoveNode(string id)
    {
        if (!_nodeIndex.Remove(id, out var i)) return;
        if (_nodes[i].Type == EventEntityType) _events.Remove(i);
        foreach (var e in _nodes[i].Edges.ToArray()) RemoveEdge(_edges[e].Id);
        Forget(ref _nodes[i]);
        _nodes[i] = default;
        _freeNodes.Push(i);
    }

    private void UpsertEdge(EdgeRow row)
    {
        int from = NodeOf(row.Subject), to = NodeOf(row.Object);
        if (from < 0 || to < 0) return; // cannot happen with foreign keys on; a stale row is better skipped than fatal
        if (_edgeIndex.TryGetValue(row.Id, out var i) && (_edges[i].From != from || _edges[i].To != to))
        {
            RemoveEdge(row.Id);
            i = -1;
        }
        else if (!_edgeIndex.ContainsKey(row.Id)) i = -1;
        if (i < 0)
        {
            i = _freeEdges.Count > 0 ? _freeEdges.Pop() : Grow(ref _edges, ref _edgeCount);
            _edgeIndex[row.Id] = i;
            _nodes[from].Edges.Add(i);
            _nodes[from].Neighbors.Add(to);
            if (to != from)
            {
                _nodes[to].Edges.Add(i);
                _nodes[to].Neighbors.Add(from);
            }
        }
        _edges[i] = new Edge
        {
            Id = row.Id, From = from, To = to, Type = RelationTypes.GetValueOrDefault(row.Type, -1),
            Role = row.Role, Date = row.Date, Dated = row.Earliest is not null,
            Earliest = row.Earliest ?? 0, Latest = row.Latest ?? 0,
            Confidence = row.Confidence, Evidence = row.Evidence, Status = (RelationStatus)row.Status, Alive = true,
        };
    }

    private void RemoveEdge(string id)
    {
        if (!_edgeIndex.Remove(id, out var i)) return;
        var e = _edges[i];
        Detach(ref _nodes[e.From], i);
        if (e.To != e.From) Detach(ref _nodes[e.To], i);
        _edges[i] = default;
        _freeEdges.Push(i);
    }

    private static void Detach(ref Node n, int edge)
    {
        var k = n.Edges.IndexOf(edge);
        if (k < 0) return;
        n.Edges.RemoveAt(k);
        n.Neighbors.RemoveAt(k);
    }

    private static int Grow<T>(ref T[] array, ref int count)
    {
        if (count == array.Length) Array.Resize(ref array, array.Length * 2);
        return count++;
    }

    private int CompareEvents(int a, int b)
    {
        ref var x = ref _nodes[a];
        ref var y = ref _nodes[b];
        var c = x.Earliest.CompareTo(y.Earliest);
        return c != 0 ? c : string.CompareOrdinal(x.Id, y.Id);
    }

    private static Dictionary<string, int> Index(IEnumerable<string> names) =>
        names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i, StringComparer.Ordinal);
}
