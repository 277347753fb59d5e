using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;
using GraphQL;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>
/// The fields every entity has, added to the Entity interface and to each generated object type alike,
/// so that the interface and its implementations cannot drift apart.
/// </summary>
internal static class EntityFields
{
    public static void AddTo(ObjectGraphType<Entity> type, GraphApiOptions.LimitOptions limits)
    {
        type.Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(GlobalId.Entity, c.Source.Id));
        type.Field<NonNullGraphType<StringGraphType>>("key").Description("The store's id, e.g. person:hugo-chavez; lookups accept it too.")
            .Resolve(c => c.Source.Id);
        type.Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Type);
        type.Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Name);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("aliases").Resolve(c => c.Source.Aliases);
        type.Field<StringGraphType>("description").Resolve(c => c.Source.Description);
        type.Field<StringGraphType>("externalId").Resolve(c => c.Source.ExternalId);

        type.Field<NonNullGraphType<MentionConnectionType>>("mentions").Description("Where documents name this entity.")
            .Paged(limits.MaxPageSize)
            .ResolveAsync(async c =>
            {
                var page = Filters.Page(c);
                var offset = page.Validate();
                return PageConnection.From(await c.Reader().GetEntityMentionsAsync(c.Source.Id, page, c.CancellationToken), offset, m => m);
            });

        type.Field<NonNullGraphType<RelationConnectionType>>("relations")
            .Argument<DirectionEnum>("direction", a => a.DefaultValue = Direction.Both)
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("types")
            .MinConfidence()
            .Argument<BooleanGraphType>("includeRejected", a => { a.DefaultValue = false; a.Description = "Rejected relations are hidden unless asked for."; })
            .Paged(limits.MaxPageSize)
            .ResolveAsync(c => Resolvers.Relations(c, c.Source.Id));

        type.Field<NonNullGraphType<EventConnectionType>>("timeline").Description("Events this entity took part in, by earliest date.")
            .Bounded("depth", 0, 0, TimelineQuery.MaxParticipantDepth, $"0: its own events; up to {TimelineQuery.MaxParticipantDepth}: also those of entities that many hops away.")
            .Argument<IdGraphType>("place", a => a.Description = "Only events in this place or places inside it.")
            .Period()
            .Argument<ListGraphType<NonNullGraphType<EventTypeEnum>>>("eventTypes")
            .Paged(limits.MaxPageSize)
            .ResolveAsync(c => Resolvers.Timeline(c, [c.Source.Id]));

        type.Field<NonNullGraphType<NetworkGraphType>>("network").Description("The ego network around this entity.")
            .NetworkArguments(limits)
            .ResolveAsync(c => Resolvers.Network(c, c.Source.Id));
    }

    public static GraphQL.Builders.FieldBuilder<TSource, TReturn> NetworkArguments<TSource, TReturn>(this GraphQL.Builders.FieldBuilder<TSource, TReturn> field, GraphApiOptions.LimitOptions limits) => field
        .Bounded("depth", Queries.StoreQueries.DefaultNetworkDepth, 1, NetworkQuery.MaxDepth, $"Hops from the centers, 1–{NetworkQuery.MaxDepth}.")
        .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes")
        .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("entityTypes")
        .Period()
        .MinConfidence()
        .Argument<BooleanGraphType>("includeRejected", a => a.DefaultValue = false)
        .Size("limit", Queries.StoreQueries.DefaultNetworkLimit, Queries.StoreQueries.MaxNetworkNodes(limits), "At most this many nodes, 1–{0}; truncated says when more exist.");
}

internal sealed class EntityInterface : InterfaceGraphType<Entity>
{
    public EntityInterface(Microsoft.Extensions.Options.IOptions<GraphApiOptions> options)
    {
        Name = "Entity";
        Description = "A node of the knowledge graph; there is one object type per entity type of the ontology.";
        // The interface takes the very fields the object types get, minus resolvers, from a throwaway template.
        var template = new ObjectGraphType<Entity>();
        EntityFields.AddTo(template, options.Value.Limits);
        foreach (var field in template.Fields)
        {
            field.Resolver = null;
            AddField(field);
        }
    }
}

/// <summary>One object type per (non-event) entity type of the ontology, generated, never listed by hand.</summary>
[DoNotRegister] // built from the ontology by GraphSchema, not by DI
internal sealed class EntityObjectType : ObjectGraphType<Entity>
{
    public EntityObjectType(EntityTypeDefinition definition, GraphApiOptions.LimitOptions limits)
    {
        Name = definition.Name;
        Description = definition.Description;
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity e && e.Type == definition.Name;
        EntityFields.AddTo(this, limits);
    }

    public static IEnumerable<EntityObjectType> FromOntology(Ontology ontology, GraphApiOptions.LimitOptions limits) =>
        ontology.EntityTypes.Where(t => !ontology.IsEvent(t.Name)).Select(t => new EntityObjectType(t, limits));
}

/// <summary>The ontology's event entity type: an entity with an event type, a date, a place and participants.</summary>
internal sealed class EventObjectType : ObjectGraphType<Entity>
{
    public EventObjectType(Microsoft.Extensions.Options.IOptions<GraphApiOptions> options)
    {
        var ontology = Ontology.Default;
        var definition = ontology.EntityTypes.Single(t => ontology.IsEvent(t.Name));
        Name = definition.Name;
        Description = definition.Description;
        Interface<NodeInterface>();
        Interface<EntityInterface>();
        IsTypeOf = o => o is Entity e && e.Type == definition.Name;
        EntityFields.AddTo(this, options.Value.Limits);
        Field<EventTypeEnum>("eventType").Resolve(c => c.Source.Event?.EventType);
        Field<DateType>("date").Resolve(c => c.Source.Event?.Date);
        Field<EntityInterface>("place").ResolveAsync(Resolvers.EventPlace);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ParticipantType>>>>("participants").ResolveAsync(Resolvers.EventParticipants);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<EvidenceGraphType>>>>("evidence")
            .Description("The passages that report the event (its first 50 mentions).")
            .ResolveAsync(Resolvers.EventEvidence);
    }
}
