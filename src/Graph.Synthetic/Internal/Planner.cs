using Graph.Core.Dates;

namespace Graph.Synthetic.Internal;

internal readonly record struct PlannedRelation(int Type, int Subject, int Object, string? Role, EdtfDate? Date);

/// <summary>One document's share of the graph: its relations, or (for the last few) nodes no relation touched.</summary>
internal sealed record PlannedDocument(int Index, List<PlannedRelation> Relations, List<int> LooseNodes);

/// <summary>
/// Decides which relations exist and which document carries each, streaming. Endpoints are drawn from
/// per-type urns that hold every node once plus once per edge it already has (preferential attachment),
/// so the degree distribution has a power-law tail and a few hubs, as real co-occurrence graphs do.
/// </summary>
internal sealed class Planner
{
    private const int MaxAttempts = 10_000;

    private readonly SyntheticGraphOptions _options;
    private readonly OntologyView _view;
    private readonly NodeSet _nodes;
    private readonly Random _random;
    private readonly DateMaker _dates;
    private readonly List<int>[] _urns;
    private readonly HashSet<long> _seen = [];
    private readonly bool[] _used;
    private readonly string[]?[] _roles;
    private readonly (int Type, double Weight, (int From, int To)[] Pairs)[] _randomTypes;
    private readonly double _totalWeight;

    public Planner(SyntheticGraphOptions options, OntologyView view, NodeSet nodes, Vocabulary vocabulary)
    {
        (_options, _view, _nodes) = (options, view, nodes);
        _random = new Random(Seeds.Derive(options.Seed, Seeds.Plan));
        _dates = new DateMaker(_random);
        _urns = nodes.ByType.Select(list => new List<int>(list)).ToArray();
        _used = new bool[nodes.Count];
        _roles = view.Relations.Select(r => vocabulary.Relations[r.Name].Roles).ToArray();
        _randomTypes = view.Relations
            .Select((r, i) => (Type: i, vocabulary.Relations[r.Name].Weight, Pairs: Pairs(i)))
            .Where(t => t.Weight > 0 && t.Pairs.Length > 0)
            .ToArray();
        _totalWeight = _randomTypes.Sum(t => t.Weight);
    }

    /// <summary>Relations the place hierarchy and the events need before any other relation is drawn.</summary>
    public long StructuralCount()
    {
        long count = _nodes.ByType[_view.PlaceType].Count(p => _nodes.PlaceOf[p] >= 0);
        foreach (var e in _nodes.ByType[_view.EventType])
            count += (_nodes.PlaceOf[e] >= 0 ? 1 : 0) + _nodes.ParticipantCount[e];
        return count;
    }

    public IEnumerable<PlannedDocument> Documents()
    {
        var structural = StructuralCount();
        long total = _options.Relations;
        if (structural > total)
            throw new ArgumentOutOfRangeException(nameof(SyntheticGraphOptions.Relations), total,
                $"The place hierarchy and the events' places and participants alone need {structural} relations; raise Relations or lower Events or Entities.");

        var placeLinks = new Queue<int>(_nodes.ByType[_view.PlaceType].Where(p => _nodes.PlaceOf[p] >= 0));
        var events = new Queue<int>(_nodes.ByType[_view.EventType]);
        long eventEdges = structural - placeLinks.Count, randomLeft = total - structural, emitted = 0;
        var documents = _options.DocumentCount;
        var average = (double)total / documents;

        for (var d = 0; d < documents; d++)
        {
            // Document lengths vary around the average; the last one takes whatever is left.
            var boundary = d == documents - 1 ? total
                : Math.Min(total, (long)(average * (d + 1) + (_random.NextDouble() - 0.5) * average));
            var relations = new List<PlannedRelation>((int)Math.Max(1, boundary - emitted));
            while (emitted < boundary || relations.Count == 0)
            {
                var left = placeLinks.Count + eventEdges + randomLeft;
                if (left == 0) break;
                var roll = (long)(_random.NextDouble() * left);
                if (roll < placeLinks.Count)
                {
                    var place = placeLinks.Dequeue();
                    Add(relations, new PlannedRelation(_view.Containment, place, _nodes.PlaceOf[place], null, null));
                }
                else if (roll < placeLinks.Count + eventEdges)
                {
                    eventEdges -= AddEvent(relations, events.Dequeue());
                }
                else
                {
                    Add(relations, NextRandom());
                    randomLeft--;
                }
                emitted = total - (placeLinks.Count + eventEdges + randomLeft);
            }
            if (relations.Count > 0) yield return new PlannedDocument(d, relations, []);
        }

        // Nodes no relation touched still exist in texts; lists of names carry them, a few hundred per document.
        var loose = Enumerable.Range(0, _nodes.Count).Where(i => !_used[i]).ToList();
        for (var i = 0; i < loose.Count; i += 250)
            yield return new PlannedDocument(documents + i / 250, [], loose.GetRange(i, Math.Min(250, loose.Count - i)));
    }

    private int AddEvent(List<PlannedRelation> relations, int e)
    {
        var added = 0;
        if (_nodes.PlaceOf[e] >= 0)
        {
            Add(relations, new PlannedRelation(_view.EventPlace, e, _nodes.PlaceOf[e], null, null));
            added++;
        }
        var roles = _roles[_view.Participation];
        for (var p = 0; p < _nodes.ParticipantCount[e]; p++)
        {
            for (var attempt = 0; ; attempt++)
            {
                var actorType = _view.ActorTypes[_random.Next(_view.ActorTypes.Length)];
                if (_nodes.ByType[actorType].Count == 0) continue;
                var actor = Pick(actorType);
                var role = roles is not null && _random.Next(2) == 0 ? roles[_random.Next(roles.Length)] : null;
                var relation = new PlannedRelation(_view.Participation, actor, e, role, null);
                if (IsNew(relation)) { Add(relations, relation); added++; break; }
                if (attempt > MaxAttempts) throw TooDense();
            }
        }
        return added;
    }

    private PlannedRelation NextRandom()
    {
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var roll = _random.NextDouble() * _totalWeight;
            var pick = _randomTypes[^1];
            foreach (var t in _randomTypes)
            {
                if (roll < t.Weight) { pick = t; break; }
                roll -= t.Weight;
            }
            var (from, to) = pick.Pairs[_random.Next(pick.Pairs.Length)];
            var subject = Pick(from);
            var obj = Pick(to);
            if (subject == obj) continue;
            var roles = _roles[pick.Type];
            var role = roles is not null && _random.Next(2) == 0 ? roles[_random.Next(roles.Length)] : null;
            var date = _random.Next(10) < 3 ? _dates.NextForRelation() : null;
            var relation = new PlannedRelation(pick.Type, subject, obj, role, date);
            if (IsNew(relation)) return relation;
        }
        throw TooDense();
    }

    private InvalidOperationException TooDense() => new(
        $"Found no new relation in {MaxAttempts} draws: {_options.Relations} relations are too many for {_options.Entities} entities and {_options.EventCount} events; lower Relations or raise Entities.");

    private int Pick(int type)
    {
        var urn = _urns[type];
        return urn[_random.Next(urn.Count)];
    }

    // Duplicates would merge into one edge in a store; the key ignores role, and direction for symmetric types.
    private bool IsNew(PlannedRelation r)
    {
        var (a, b) = _view.Relations[r.Type].Symmetric && r.Subject > r.Object ? (r.Object, r.Subject) : (r.Subject, r.Object);
        return !_seen.Contains(((long)r.Type << 56) | ((long)a << 28) | (uint)b);
    }

    private void Add(List<PlannedRelation> relations, PlannedRelation r)
    {
        var (a, b) = _view.Relations[r.Type].Symmetric && r.Subject > r.Object ? (r.Object, r.Subject) : (r.Subject, r.Object);
        _seen.Add(((long)r.Type << 56) | ((long)a << 28) | (uint)b);
        relations.Add(r);
        foreach (var n in (ReadOnlySpan<int>)[r.Subject, r.Object])
        {
            _urns[_nodes.TypeOf[n]].Add(n);
            _used[n] = true;
        }
    }

    private (int From, int To)[] Pairs(int relation)
    {
        var def = _view.Relations[relation];
        return (from f in def.From
                from t in def.To
                where def.Allows(f, t)
                let fi = _view.TypeIndex(f)
                let ti = _view.TypeIndex(t)
                // The place tree is built apart; a random place-in-place edge could close a loop.
                where !(relation == _view.Containment && fi == _view.PlaceType)
                where _nodes.ByType[fi].Count > 0 && _nodes.ByType[ti].Count > 0
                select (fi, ti)).ToArray();
    }
}
