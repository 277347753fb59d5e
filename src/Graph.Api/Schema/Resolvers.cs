using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Api.Queries;
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

    /// <summary>The root timeline (participant from the entity argument) or an entity's own (<paramref name="participants"/> given).</summary>
    public static async Task<object?> Timeline(IResolveFieldContext c, IReadOnlyCollection<string>? participants)
    {
        var arguments = new TimelineArguments(c.GetArgument<string?>("entity"), c.GetArgument("depth", 0), c.GetArgument<string?>("place"),
            c.GetArgument<string?>("from"), c.GetArgument<string?>("to"), Filters.Strings(c, "eventTypes"),
            c.GetArgument("first", PageRequest.DefaultPageSize), c.GetArgument<string?>("after"));
        var query = await StoreQueries.TimelineAsync(arguments, c.Limits(), c.Loader(), c.CancellationToken, participants);
        var offset = query.Page!.Validate();
        var result = await c.Reader().GetTimelineAsync(query, c.CancellationToken);
        var state = c.State();
        foreach (var e in result.Items) state.Remember(e);
        c.Entities().Prime(result.Items.Select(e => e.Event).ToArray());
        return PageConnection.From(result, offset, e => e.Event);
    }

    /// <summary>The root network (centers from the argument, looked up) or an entity's own (<paramref name="knownCenter"/>).</summary>
    public static async Task<object?> Network(IResolveFieldContext c, string? knownCenter = null)
    {
        var arguments = new NetworkArguments(knownCenter is null ? c.GetArgument<List<string>>("centers") : [knownCenter],
            c.GetArgument("depth", StoreQueries.DefaultNetworkDepth), Filters.Strings(c, "relationTypes"), Filters.Strings(c, "entityTypes"),
            c.GetArgument<string?>("from"), c.GetArgument<string?>("to"), c.GetArgument("minConfidence", 0.0),
            c.GetArgument("limit", StoreQueries.DefaultNetworkLimit), c.GetArgument("includeRejected", false));
        var query = knownCenter is null
            ? await StoreQueries.NetworkAsync(arguments, c.Limits(), c.Loader(), c.CancellationToken)
            : StoreQueries.Network(arguments, c.Limits());
        var network = await c.Reader().GetNetworkAsync(query, c.CancellationToken);
        c.Entities().Prime(network.Nodes.Select(n => n.Entity).ToArray());
        return network;
    }

    /// <summary>An entity that must exist: an unknown id is an error that names it, not a silent empty result.</summary>
    public static async Task<Entity> Existing(IResolveFieldContext c, string storeId)
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
