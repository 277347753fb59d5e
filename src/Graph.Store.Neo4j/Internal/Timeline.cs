using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Events by participant (directly, or within k hops of one: a breadth-first expansion, one query per hop, so a
/// hub does not multiply paths), by place (the place and every place inside it, through non-rejected containment),
/// by period and by type; ordered by earliest day with undated events last, then id; one page described with its
/// place (the surest event-place relation) and its participants with their roles.
/// </summary>
internal sealed class Timeline(Vocabulary vocabulary, Reads reads)
{
    // Undated events sort after every dated one, as the SQLite store's int.MaxValue day does.
    private const long Undated = long.MaxValue;

    public async Task<Page<TimelineEvent>> RunAsync(Run run, TimelineQuery q)
    {
        var page = q.Page ?? new PageRequest();
        var offset = page.Validate();
        var o = vocabulary.Ontology;
        var participation = vocabulary.RelType(o.ParticipationRelation);
        var eventPlace = vocabulary.RelType(o.EventPlaceRelation);
        var containment = vocabulary.RelType(o.ContainmentRelation);
        var parameters = P.Of(
            ("eventTypes", q.EventTypes is { Count: > 0 } ? q.EventTypes.Distinct().Order(StringComparer.Ordinal).ToList() : null),
            ("periodFrom", Values.Earliest(q.Period)), ("periodTo", Values.Latest(q.Period)),
            ("skip", offset), ("end", offset + page.First), ("undated", Undated));

        string candidates;
        var insidePlace = $$"""
            (:Entity)-[inside:{{containment}}*0..]->(:Entity {id: $placeId})
            """.Trim();
        if (q.Participants is { Count: > 0 })
        {
            parameters["reached"] = await ReachAsync(run, q.Participants, q.ParticipantDepth);
            candidates = $$"""
                UNWIND $reached AS reachedId
                MATCH (:Entity {id: reachedId})-[took:{{participation}}]->(ev:{{vocabulary.EventLabel}})
                WHERE took.status <> 'Rejected'
                WITH DISTINCT ev
                """;
            if (q.PlaceId is not null)
            {
                await reads.MustExistAsync(run, [q.PlaceId]);
                parameters["placeId"] = q.PlaceId;
                candidates += $$"""

                    WITH ev WHERE EXISTS {
                      MATCH (ev)-[at:{{eventPlace}}]->{{insidePlace}}
                      WHERE at.status <> 'Rejected' AND all(i IN inside WHERE i.status <> 'Rejected')
                    }
                    """;
            }
        }
        else if (q.PlaceId is not null)
        {
            await reads.MustExistAsync(run, [q.PlaceId]);
            parameters["placeId"] = q.PlaceId;
            // Containment is a hierarchy: the unbounded expansion walks each place inside the root once per route in.
            candidates = $$"""
                MATCH (place:Entity)-[inside:{{containment}}*0..]->(:Entity {id: $placeId})
                WHERE all(i IN inside WHERE i.status <> 'Rejected')
                WITH DISTINCT place
                MATCH (ev:{{vocabulary.EventLabel}})-[at:{{eventPlace}}]->(place)
                WHERE at.status <> 'Rejected'
                WITH DISTINCT ev
                """;
        }
        else candidates = $"MATCH (ev:{vocabulary.EventLabel})";

        var result = await run(new Statement("read the timeline", $$"""
            {{candidates}}
            WITH ev WHERE ($eventTypes IS NULL OR ev.eventType IN $eventTypes)
              AND ($periodFrom IS NULL OR (ev.dateEarliest IS NOT NULL AND ev.dateEarliest <= $periodTo AND ev.dateLatest >= $periodFrom))
            WITH ev ORDER BY coalesce(ev.dateEarliest, $undated), ev.id
            WITH collect(ev) AS events
            RETURN size(events) AS total, [ev IN events[$skip..$end] | {
              event: {{Vocabulary.EntityMap("ev")}},
              places: [(ev)-[at:{{eventPlace}}]->(p:Entity) WHERE at.status <> 'Rejected' | [p.id, at.confidence]],
              participants: [(x:Entity)-[took:{{participation}}]->(ev) WHERE took.status <> 'Rejected' | [x.id, took.role]]
            }] AS page
            """, parameters));
        var row = result.Rows[0];
        var items = row.List("page").Select(item =>
        {
            var m = V.Map(item, "timeline event");
            string? place = null;
            var best = -1.0;
            foreach (var p in V.List(m.Get("places")).Select(V.List))
            {
                var (id, confidence) = (V.String(p[0], "place id"), V.Double(p[1], "place confidence"));
                if (confidence > best || (confidence == best && string.CompareOrdinal(id, place) < 0)) (place, best) = (id, confidence);
            }
            var participants = V.List(m.Get("participants")).Select(V.List)
                .Select(p => new Participant(V.String(p[0], "participant id"), V.StringOrNull(p[1])))
                .OrderBy(p => p.EntityId, StringComparer.Ordinal).ThenBy(p => p.Role, StringComparer.Ordinal)
                .ToList();
            return new TimelineEvent(Values.Entity(V.Map(m.Get("event"), "event")), place, participants);
        }).ToList();
        return Page<TimelineEvent>.FromSlice(items, offset, (int)row.Long("total"));
    }

    /// <summary>The participants and everything within <paramref name="depth"/> hops of them over non-rejected relations.</summary>
    private async Task<List<string>> ReachAsync(Run run, IReadOnlyCollection<string> participants, int depth)
    {
        var start = participants.Distinct(StringComparer.Ordinal).ToList();
        await reads.MustExistAsync(run, start);
        var reached = new List<string>(start);
        var seen = start.ToHashSet(StringComparer.Ordinal);
        var frontier = start;
        for (var hop = 1; hop <= depth && frontier.Count > 0; hop++)
        {
            var next = await run(new Statement($"reach participants' neighbours at hop {hop}", $$"""
                UNWIND $frontier AS fromId
                MATCH (:Entity {id: fromId})-[r:{{vocabulary.RelTypes()}}]-(v:Entity)
                WHERE r.status <> 'Rejected' AND NOT v.id IN $reached
                RETURN DISTINCT v.id AS id
                """, P.Of(("frontier", frontier), ("reached", reached))));
            frontier = next.Rows.Select(r => r.String("id")).Where(seen.Add).Order(StringComparer.Ordinal).ToList();
            reached.AddRange(frontier);
        }
        return reached;
    }
}
