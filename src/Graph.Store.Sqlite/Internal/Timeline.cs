using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// Events by participant (directly, or within k hops of one), by place (with the places inside it) by
/// period and by type, in timeline order: worked out on the topology cache, then read from SQL one page at a time.
/// </summary>
internal static class Timeline
{
    private sealed record Row(string Id, string? Place, List<Participant> Participants);

    public static Page<TimelineEvent> Run(Topology t, Session s, TimelineQuery q)
    {
        var page = q.Page ?? new PageRequest();
        var offset = page.Validate();
        List<Row> rows;
        int total;
        using (t.Read())
        {
            HashSet<int>? candidates = null;
            if (q.Participants is { Count: > 0 }) candidates = ByParticipants(t, q.Participants, q.ParticipantDepth);
            if (q.PlaceId is not null)
            {
                var inPlace = ByPlace(t, q.PlaceId);
                if (candidates is null) candidates = inPlace;
                else candidates.IntersectWith(inPlace);
            }
            IEnumerable<int> ordered = candidates is null ? t.Events : candidates.Order(t.Events.Comparer);
            var eventTypes = q.EventTypes is { Count: > 0 } ? q.EventTypes.Select(n => t.EventTypes[n]).ToHashSet() : null;
            int from = q.Period?.Earliest.DayNumber ?? 0, to = q.Period?.Latest.DayNumber ?? 0;
            var matching = new List<int>();
            foreach (var i in ordered)
            {
                ref var n = ref t.NodeAt(i);
                // Events come by earliest day, undated last: past the period's end nothing more can overlap it.
                if (q.Period is not null && n.Earliest > to) break;
                if ((eventTypes is null || eventTypes.Contains(n.EventType))
                    && (q.Period is null || (n.Dated && n.Latest >= from)))
                    matching.Add(i);
            }
            total = matching.Count;
            rows = matching.Skip(offset).Take(page.First).Select(i => Describe(t, i)).ToList();
        }
        var entities = EntityReader.Load(s, rows.Select(r => r.Id).ToList());
        var items = rows.Where(r => entities.ContainsKey(r.Id))
            .Select(r => new TimelineEvent(entities[r.Id], r.Place, r.Participants)).ToList();
        return Page<TimelineEvent>.FromSlice(items, offset, total);
    }

    private static HashSet<int> ByParticipants(Topology t, IReadOnlyCollection<string> participants, int depth)
    {
        var reached = new HashSet<int>();
        var frontier = new List<int>();
        foreach (var id in participants)
        {
            var i = t.NodeOf(id);
            if (i < 0) throw new GraphNotFoundException("entity", id);
            if (reached.Add(i)) frontier.Add(i);
        }
        for (var hop = 0; hop < depth && frontier.Count > 0; hop++)
        {
            var next = new List<int>();
            foreach (var u in frontier)
                foreach (var e in t.NodeAt(u).Edges)
                {
                    ref var edge = ref t.EdgeAt(e);
                    if (edge.Status == RelationStatus.Rejected) continue;
                    var v = edge.From == u ? edge.To : edge.From;
                    if (reached.Add(v)) next.Add(v);
                }
            frontier = next;
        }
        var events = new HashSet<int>();
        foreach (var u in reached)
            foreach (var e in t.NodeAt(u).Edges)
            {
                ref var edge = ref t.EdgeAt(e);
                if (edge.Type == t.Participation && edge.From == u && edge.Status != RelationStatus.Rejected
                    && t.NodeAt(edge.To).Type == t.EventEntityType)
                    events.Add(edge.To);
            }
        return events;
    }

    /// <summary>The place and every place inside it (containment, transitively), then the events that occurred in any.</summary>
    private static HashSet<int> ByPlace(Topology t, string placeId)
    {
        var root = t.NodeOf(placeId);
        if (root < 0) throw new GraphNotFoundException("entity", placeId);
        var places = new HashSet<int> { root };
        var queue = new Queue<int>([root]);
        while (queue.TryDequeue(out var p))
            foreach (var e in t.NodeAt(p).Edges)
            {
                ref var edge = ref t.EdgeAt(e);
                if (edge.Type == t.Containment && edge.To == p && edge.Status != RelationStatus.Rejected && places.Add(edge.From))
                    queue.Enqueue(edge.From);
            }
        var events = new HashSet<int>();
        foreach (var p in places)
            foreach (var e in t.NodeAt(p).Edges)
            {
                ref var edge = ref t.EdgeAt(e);
                if (edge.Type == t.EventPlace && edge.To == p && edge.Status != RelationStatus.Rejected
                    && t.NodeAt(edge.From).Type == t.EventEntityType)
                    events.Add(edge.From);
            }
        return events;
    }

    /// <summary>The event's place (the surest OCCURRED_IN) and its participants with their roles.</summary>
    private static Row Describe(Topology t, int ev)
    {
        string? place = null;
        double best = -1;
        var participants = new List<Participant>();
        foreach (var e in t.NodeAt(ev).Edges)
        {
            ref var edge = ref t.EdgeAt(e);
            if (edge.Status == RelationStatus.Rejected) continue;
            if (edge.Type == t.EventPlace && edge.From == ev)
            {
                var id = t.NodeAt(edge.To).Id;
                if (edge.Confidence > best || (edge.Confidence == best && string.CompareOrdinal(id, place) < 0))
                    (place, best) = (id, edge.Confidence);
            }
            else if (edge.Type == t.Participation && edge.To == ev)
                participants.Add(new Participant(t.NodeAt(edge.From).Id, edge.Role));
        }
        participants.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.EntityId, b.EntityId);
            return c != 0 ? c : string.CompareOrdinal(a.Role, b.Role);
        });
        return new Row(t.NodeAt(ev).Id, place, participants);
    }
}
