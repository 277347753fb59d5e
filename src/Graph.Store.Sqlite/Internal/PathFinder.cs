using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// The k shortest simple paths, relations taken in either direction, one length at a time (1, 2, … up to
/// the maximum) until k are found. For length L a depth-first walk leaves the source; a breadth-first ball of
/// radius ⌊L/2⌋ around the target prunes it: a node inside the ball must be within the steps left of the
/// target, a node outside needs more than ⌊L/2⌋ steps left. Only the target's ball is ever built, not a
/// search of the whole graph, which is what keeps long queries on a million relations in milliseconds.
/// Neighbours are visited in id order, so the paths of one length come out in a stable order.
/// </summary>
internal static class PathFinder
{
    // Bounds the enumeration on hub-heavy graphs, where long lengths hold few paths among very many walks.
    private const int MaxSteps = 2_000_000;

    public static IReadOnlyList<GraphPath> Run(Topology t, Session s, PathQuery q)
    {
        List<(List<string> Nodes, List<string> Edges)> found;
        using (t.Read()) found = new Search(t, q).Find();
        if (found.Count == 0) return [];
        var relations = Reader.RelationsById(s, found.SelectMany(p => p.Edges).Distinct())
            .ToDictionary(r => r.Id, StringComparer.Ordinal);
        return found
            .Where(p => p.Edges.All(relations.ContainsKey))
            .Select(p => new GraphPath(p.Nodes, p.Edges.Select(id => relations[id]).ToList()))
            .ToList();
    }

    private sealed class Search
    {
        private readonly Topology _t;
        private readonly PathQuery _q;
        private readonly int _source, _target;
        private readonly HashSet<int>? _relationTypes, _entityTypes;
        private readonly Dictionary<int, int> _toTarget = [];
        private List<int> _frontier = [];
        private int _radius;
        private readonly List<int> _nodes = [], _edges = [];
        private readonly HashSet<int> _onPath = [];
        private readonly List<(List<string>, List<string>)> _results = [];
        private int _steps;

        public Search(Topology t, PathQuery q)
        {
            _t = t;
            _q = q;
            _source = t.NodeOf(q.FromId);
            _target = t.NodeOf(q.ToId);
            if (_source < 0) throw new GraphNotFoundException("entity", q.FromId);
            if (_target < 0) throw new GraphNotFoundException("entity", q.ToId);
            _relationTypes = q.RelationTypes is { Count: > 0 } ? q.RelationTypes.Select(n => t.RelationTypes[n]).ToHashSet() : null;
            _entityTypes = q.EntityTypes is { Count: > 0 } ? q.EntityTypes.Select(n => t.EntityTypes[n]).ToHashSet() : null;
            _toTarget[_target] = 0;
            _frontier.Add(_target);
        }

        public List<(List<string>, List<string>)> Find()
        {
            if (_source == _target) return _results;
            _nodes.Add(_source);
            _onPath.Add(_source);
            for (var length = 1; length <= _q.MaxLength && _results.Count < _q.First && _steps < MaxSteps; length++)
            {
                GrowBall(length / 2);
                Walk(_source, length);
            }
            return _results;
        }

        private bool EdgeOk(in Topology.Edge e) =>
            e.Status != RelationStatus.Rejected && (_relationTypes is null || _relationTypes.Contains(e.Type));

        // The entity type filter is about the nodes a path goes through; its two ends are given.
        private bool Passable(int v) =>
            v == _source || v == _target || _entityTypes is null || _entityTypes.Contains(_t.NodeAt(v).Type);

        private void GrowBall(int radius)
        {
            while (_radius < radius && _frontier.Count > 0)
            {
                _radius++;
                var next = new List<int>();
                foreach (var u in _frontier)
                {
                    if (u != _target && !Passable(u)) continue;
                    foreach (var ei in _t.NodeAt(u).Edges)
                    {
                        ref var e = ref _t.EdgeAt(ei);
                        if (!EdgeOk(e)) continue;
                        var v = e.From == u ? e.To : e.From;
                        if (_toTarget.TryAdd(v, _radius)) next.Add(v);
                    }
                }
                _frontier = next;
            }
            // A ball that stopped growing holds every node that can reach the target at all.
            if (_frontier.Count == 0) _radius = int.MaxValue;
        }

        private void Walk(int u, int length)
        {
            var position = _edges.Count + 1;
            var left = length - position;
            var candidates = new List<(int Edge, int Node)>();
            foreach (var ei in _t.NodeAt(u).Edges)
            {
                if (++_steps > MaxSteps) return;
                ref var e = ref _t.EdgeAt(ei);
                if (!EdgeOk(e)) continue;
                var v = e.From == u ? e.To : e.From;
                if (v == _target ? left != 0 : left == 0 || _onPath.Contains(v) || !Passable(v) || !CanReachTarget(v, left)) continue;
                candidates.Add((ei, v));
            }
            candidates.Sort((a, b) =>
            {
                var c = string.CompareOrdinal(_t.NodeAt(a.Node).Id, _t.NodeAt(b.Node).Id);
                return c != 0 ? c : string.CompareOrdinal(_t.EdgeAt(a.Edge).Id, _t.EdgeAt(b.Edge).Id);
            });
            foreach (var (ei, v) in candidates)
            {
                if (_results.Count >= _q.First) return;
                _nodes.Add(v);
                _edges.Add(ei);
                if (v == _target)
                    _results.Add((_nodes.Select(i => _t.NodeAt(i).Id).ToList(), _edges.Select(i => _t.EdgeAt(i).Id).ToList()));
                else
                {
                    _onPath.Add(v);
                    Walk(v, length);
                    _onPath.Remove(v);
                }
                _nodes.RemoveAt(_nodes.Count - 1);
                _edges.RemoveAt(_edges.Count - 1);
            }
        }

        /// <summary>Inside the ball the distance is known; outside it is more than the ball's radius.</summary>
        private bool CanReachTarget(int v, int left) =>
            _toTarget.TryGetValue(v, out var d) ? d <= left : _radius != int.MaxValue && left > _radius;
    }
}
