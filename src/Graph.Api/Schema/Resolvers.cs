using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using GraphQL;

namespace Graph.Api.Schema;

/// <summary>Resolvers shared by root fields and entity fields (timeline and network exist in both places).</summary>
internal static class Resolvers
{
    public static async Task<object?> Relations(IResolveFieldContext c, string entityId)
    {
        var page = Filters.Page(c);
        var offset = page.Validate();
        var query = new RelationQuery(entityId, c.GetArgument("direction", Direction.Both), Filters.Strings(c, "types"),
            c.GetArgument("minConfidence", 0.0), c.GetArgument("includeRejected", false), page);
        return PageConnection.From(await c.Reader().GetRelationsAsync(query, c.CancellationToken), offset, r => r);
    }

    public static async Task<object?> Timeline(IResolveFieldContext c, IReadOnlyCollection<string>? participants)
    {
        var page = Filters.Page(c);
        var offset = page.Validate();
        var place = c.GetArgument<string?>("place") is { } p ? await Existing(c, GlobalId.ToStoreId(p, GlobalId.Entity), "place") : null;
        var query = new TimelineQuery(participants, c.GetArgument("depth", 0), place?.Id, Filters.Period(c), Filters.Strings(c, "eventTypes"), page);
        var result = await c.Reader().GetTimelineAsync(query, c.CancellationToken);
        var state = c.State();
        var loader = c.Entities();
        foreach (var e in result.Items)
        {
            state.Remember(e);
            loader.Prime(e.Event);
        }
        return PageConnection.From(result, offset, e => e.Event);
    }

    public static async Task<object?> Network(IResolveFieldContext c, IReadOnlyCollection<string> centers)
    {
        var query = new NetworkQuery(centers, c.GetArgument("depth", 1), Filters.Strings(c, "relationTypes"), Filters.Strings(c, "entityTypes"),
            Filters.Period(c), c.GetArgument("minConfidence", 0.0), c.GetArgument("limit", 200), c.GetArgument("includeRejected", false));
        var network = await c.Reader().GetNetworkAsync(query, c.CancellationToken);
        var loader = c.Entities();
        foreach (var node in network.Nodes) loader.Prime(node.Entity);
        return network;
    }

    /// <summary>An entity that must exist: an unknown id is an error that names it, not a silent empty result.</summary>
    public static async Task<Entity> Existing(IResolveFieldContext c, string storeId, string argument)
    {
        var entity = await c.Entities().Load(storeId).GetResultAsync(c.CancellationToken);
        return entity ?? throw new GraphNotFoundException("entity", storeId);
    }

    public static async Task<object?> EventPlace(IResolveFieldContext<Entity> c)
    {
        var known = c.State().Known(c.Source.Id);
        if (known is not null) return known.PlaceId is null ? null : await c.Entity(known.PlaceId).GetResultAsync(c.CancellationToken);
        var places = await c.Reader().GetRelationsAsync(new RelationQuery(c.Source.Id, Direction.Outgoing,
            [Ontology.Default.EventPlaceRelation], Page: new PageRequest(1)), c.CancellationToken);
        return places.Items.Count == 0 ? null : await c.Entity(places.Items[0].ObjectId).GetResultAsync(c.CancellationToken);
    }

    public static async Task<object?> EventParticipants(IResolveFieldContext<Entity> c)
    {
        var known = c.State().Known(c.Source.Id);
        if (known is not null) return known.Participants;
        var relations = await c.Reader().GetRelationsAsync(new RelationQuery(c.Source.Id, Direction.Incoming,
            [Ontology.Default.ParticipationRelation], Page: new PageRequest(PageRequest.MaxPageSize)), c.CancellationToken);
        return relations.Items.Select(r => new Participant(r.SubjectId, r.Role)).ToArray();
    }

    public static async Task<object?> EventEvidence(IResolveFieldContext<Entity> c)
    {
        var mentions = await c.Reader().GetEntityMentionsAsync(c.Source.Id, new PageRequest(50), c.CancellationToken);
        return mentions.Items.Select(m => new Evidence("", m.DocumentId, m.Sentence, m.Start, m.End, m.Text, m.Method, m.Confidence)).ToArray();
    }
}
