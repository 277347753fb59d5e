using Graph.Core.Schema;
using Graph.Core.Store;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace Graph.Api.Schema;

internal sealed class QueryType : ObjectGraphType
{
    public QueryType(IOptions<GraphApiOptions> options)
    {
        Name = "Query";
        var limits = options.Value.Limits;

        Field<NodeInterface>("node").Description("Relay: anything by its global id.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = c.GetArgument<string>("id");
                if (!GlobalId.TryDecode(id, out var kind, out var key))
                    throw new GraphValidationException($"'{id}' is not a global id issued by this API; use the id field of an entity, relation or document.");
                return kind switch
                {
                    GlobalId.Relation => await c.Reader().GetRelationAsync(key, c.CancellationToken) ?? throw new GraphNotFoundException("relation", key),
                    GlobalId.Document => DocumentView.Of(await c.State().DocumentAsync(key, c.CancellationToken)) ?? throw new GraphNotFoundException("document", key),
                    _ => await Resolvers.Existing(c, key),
                };
            });

        Field<EntityInterface>("entity").Description("By global id or store id (person:hugo-chavez).")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c => await Resolvers.Existing(c, GlobalId.ToStoreId(c.GetArgument<string>("id"), GlobalId.Entity)));

        Field<NonNullGraphType<EntityConnectionType>>("entities").Description("Entities whose name or alias starts with search, ranked.")
            .Argument<NonNullGraphType<StringGraphType>>("search", a => a.Description = "A name prefix, e.g. \"Hugo Ch\".")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types")
            .Paged(limits.MaxPageSize)
            .ResolveAsync(async c =>
            {
                var page = Filters.Page(c);
                var offset = page.Validate();
                var hits = await c.Reader().SearchEntitiesAsync(
                    new EntitySearch(c.GetArgument<string>("search"), Filters.Strings(c, "types"), SearchMode.Prefix, page), c.CancellationToken);
                return PageConnection.From(hits, offset, h => h.Entity);
            });

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SearchHitType>>>>("search").Description("Full-text search over names and aliases, best first.")
            .Argument<NonNullGraphType<StringGraphType>>("text")
            .Argument<ListGraphType<NonNullGraphType<EntityTypeEnum>>>("types")
            .Size("first", PageRequest.DefaultPageSize, limits.MaxPageSize, "How many hits, 1–{0}.")
            .ResolveAsync(async c =>
            {
                var text = c.GetArgument<string>("text");
                if (string.IsNullOrWhiteSpace(text)) throw new GraphValidationException("Argument 'text' of search is empty; give a word to search for.");
                var hits = await c.Reader().SearchEntitiesAsync(
                    new EntitySearch(text, Filters.Strings(c, "types"), SearchMode.FullText, new PageRequest(c.GetArgument("first", PageRequest.DefaultPageSize))),
                    c.CancellationToken);
                return hits.Items;
            });

        Field<RelationGraphType>("relation").Description("By global id or store id (rel:...), with its evidence and curation status.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.ToStoreId(c.GetArgument<string>("id"), GlobalId.Relation);
                return await c.Reader().GetRelationAsync(id, c.CancellationToken) ?? throw new GraphNotFoundException("relation", id);
            });

        Field<NonNullGraphType<EventConnectionType>>("timeline").Description("Events by earliest date, filtered by participant, place, period and type.")
            .Argument<IdGraphType>("entity", a => a.Description = "Only events this entity took part in.")
            .Bounded("depth", 0, 0, TimelineQuery.MaxParticipantDepth, $"With entity: 0 for its own events, up to {TimelineQuery.MaxParticipantDepth} to include its neighbours'.")
            .Argument<IdGraphType>("place", a => a.Description = "Only events in this place or places inside it.")
            .Period()
            .Argument<ListGraphType<NonNullGraphType<EventTypeEnum>>>("eventTypes")
            .Paged(limits.MaxPageSize)
            .ResolveAsync(c => Resolvers.Timeline(c, null));

        Field<NonNullGraphType<NetworkGraphType>>("network").Description("The ego network around one or more centers.")
            .Argument<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("centers", a =>
            {
                a.Description = $"1–{limits.MaxPageSize} entity ids.";
                a.Validate(value =>
                {
                    if (value is System.Collections.ICollection { Count: var n }) Queries.StoreQueries.CheckCount("centers", n, limits.MaxPageSize);
                });
            })
            .NetworkArguments(limits)
            .ResolveAsync(c => Resolvers.Network(c));

        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PathGraphType>>>>("paths").Description("The shortest paths between two entities.")
            .Argument<NonNullGraphType<IdGraphType>>("from")
            .Argument<NonNullGraphType<IdGraphType>>("to")
            .Bounded("maxLength", 4, 1, PathQuery.MaxPathLength, $"Relations per path, 1–{PathQuery.MaxPathLength}.")
            .Argument<ListGraphType<NonNullGraphType<RelationTypeEnum>>>("relationTypes")
            .Size("first", 3, Math.Min(PathQuery.MaxPaths, limits.MaxPageSize), "How many paths, 1–{0}.")
            .ResolveAsync(async c =>
            {
                var from = await Resolvers.Existing(c, GlobalId.ToStoreId(c.GetArgument<string>("from"), GlobalId.Entity));
                var to = await Resolvers.Existing(c, GlobalId.ToStoreId(c.GetArgument<string>("to"), GlobalId.Entity));
                return await c.Reader().FindPathsAsync(new PathQuery(from.Id, to.Id, c.GetArgument("maxLength", 4),
                    Filters.Strings(c, "relationTypes"), First: c.GetArgument("first", 3)), c.CancellationToken);
            });

        Field<NonNullGraphType<DocumentConnectionType>>("documents")
            .Paged(limits.MaxPageSize)
            .ResolveAsync(async c =>
            {
                var page = Filters.Page(c);
                var offset = page.Validate();
                return PageConnection.From(await c.Reader().ListDocumentsAsync(page, c.CancellationToken), offset, d => DocumentView.Of(d));
            });

        Field<DocumentGraphType>("document").Description("By global id or store id, with its text and mentions.")
            .Argument<NonNullGraphType<IdGraphType>>("id")
            .ResolveAsync(async c =>
            {
                var id = GlobalId.ToStoreId(c.GetArgument<string>("id"), GlobalId.Document);
                return DocumentView.Of(await c.State().DocumentAsync(id, c.CancellationToken)) ?? throw new GraphNotFoundException("document", id);
            });

        Field<NonNullGraphType<StatsType>>("stats").Description("Counts by type.")
            .ResolveAsync(async c => await c.Reader().GetStatsAsync(c.CancellationToken));

        Field<NonNullGraphType<OntologyType>>("ontology").Description("The types of graph-schema/ontology.json.")
            .Resolve(_ => Ontology.Default);
    }
}
