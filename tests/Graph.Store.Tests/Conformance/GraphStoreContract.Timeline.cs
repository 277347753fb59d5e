using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    private async Task<List<string>> TimelineIds(TimelineQuery q) => [.. (await Store.GetTimelineAsync(q)).Items.Select(e => e.Event.Id)];

    [Fact]
    public async Task Timeline_orders_events_by_earliest_date_with_undated_events_last()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.ChileanCoup, w.Privatization, w.Coup, w.Strike, w.Founding], await TimelineIds(new TimelineQuery()));
    }

    [Fact]
    public async Task Timeline_by_participant_finds_the_events_they_took_part_in()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.Coup], await TimelineIds(new TimelineQuery([w.Chavez])));
        Assert.Equal([w.Strike], await TimelineIds(new TimelineQuery([w.Trino])));
    }

    [Fact]
    public async Task Timeline_by_participant_with_depth_adds_events_of_those_within_k_hops()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.Founding], await TimelineIds(new TimelineQuery([w.Harnecker], ParticipantDepth: 0)));
        Assert.Equal([w.Coup, w.Founding], await TimelineIds(new TimelineQuery([w.Harnecker], ParticipantDepth: 1)));
    }

    [Fact]
    public async Task Timeline_by_place_includes_places_inside_it()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.Privatization, w.Coup, w.Strike], await TimelineIds(new TimelineQuery(PlaceId: w.Venezuela)));
        Assert.Equal([w.Strike], await TimelineIds(new TimelineQuery(PlaceId: w.Guayana)));
    }

    [Fact]
    public async Task Timeline_by_period_keeps_events_whose_dates_overlap_it()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.Coup, w.Strike], await TimelineIds(new TimelineQuery(Period: EdtfDate.Parse("200X"))));
        Assert.Equal([w.Privatization], await TimelineIds(new TimelineQuery(Period: EdtfDate.Parse("1990/1999-12"))));
    }

    [Fact]
    public async Task Timeline_by_event_type_keeps_only_those_types()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.ChileanCoup, w.Coup], await TimelineIds(new TimelineQuery(EventTypes: ["Coup"])));
    }

    [Fact]
    public async Task Timeline_filters_combine()
    {
        var w = await ApplyWorldAsync();

        Assert.Equal([w.Coup], await TimelineIds(new TimelineQuery(PlaceId: w.Venezuela, EventTypes: ["Coup"], Period: EdtfDate.Parse("2002"))));
    }

    [Fact]
    public async Task Timeline_events_carry_their_place_and_participants_with_roles()
    {
        var w = await ApplyWorldAsync();

        var strike = Assert.Single((await Store.GetTimelineAsync(new TimelineQuery(EventTypes: ["Strike"]))).Items);

        Assert.Equal(("Alcasa strike", "Strike", "2005-03"), (strike.Event.Name, strike.Event.Event!.EventType, strike.Event.Event.Date!.ToString()));
        Assert.Equal(w.Guayana, strike.PlaceId);
        Assert.Equal([new Participant(w.Alcasa, null), new Participant(w.Trino, "leader")], strike.Participants);
    }

    [Fact]
    public async Task Timeline_pages_follow_the_cursor()
    {
        var w = await ApplyWorldAsync();

        var first = await Store.GetTimelineAsync(new TimelineQuery(Page: new PageRequest(2)));
        var second = await Store.GetTimelineAsync(new TimelineQuery(Page: new PageRequest(2, first.EndCursor)));

        Assert.Equal((5, true), (first.TotalCount, first.HasNextPage));
        Assert.Equal([w.Coup, w.Strike], second.Items.Select(e => e.Event.Id));
    }

    [Fact]
    public async Task Timeline_ignores_rejected_participation()
    {
        var w = await ApplyWorldAsync();

        await Store.SetRelationStatusAsync(RelationId(Ontology.ParticipationRelation, w.Chavez, w.Coup, "target"), RelationStatus.Rejected, null);

        Assert.Empty(await TimelineIds(new TimelineQuery([w.Chavez])));
    }
}
