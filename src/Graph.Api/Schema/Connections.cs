using Graph.Core.Store;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>A Relay connection over one page of the store; cursors are the store's positions.</summary>
internal sealed record PageConnection(IReadOnlyList<ConnectionEdge> Edges, int TotalCount, string? StartCursor, string? EndCursor, bool HasNextPage, bool HasPreviousPage)
{
    public static PageConnection From<T>(Page<T> page, int offset, Func<T, object> node) => new(
        page.Items.Select((item, i) => new ConnectionEdge(Cursor.Encode(offset + i), node(item))).ToArray(),
        page.TotalCount, page.StartCursor, page.EndCursor, page.HasNextPage, page.HasPreviousPage);
}

internal sealed record ConnectionEdge(string Cursor, object Node);

internal sealed class PageInfoType : ObjectGraphType<PageConnection>
{
    public PageInfoType()
    {
        Name = "PageInfo";
        Field<NonNullGraphType<BooleanGraphType>>("hasNextPage").Resolve(c => c.Source.HasNextPage);
        Field<NonNullGraphType<BooleanGraphType>>("hasPreviousPage").Resolve(c => c.Source.HasPreviousPage);
        Field<StringGraphType>("startCursor").Resolve(c => c.Source.StartCursor);
        Field<StringGraphType>("endCursor").Resolve(c => c.Source.EndCursor);
    }
}

internal abstract class EdgeGraphType<TNodeType> : ObjectGraphType<ConnectionEdge> where TNodeType : IGraphType
{
    protected EdgeGraphType(string node)
    {
        Name = node + "Edge";
        Field<NonNullGraphType<StringGraphType>>("cursor").Resolve(c => c.Source.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(c => c.Source.Node);
    }
}

internal abstract class ConnectionGraphType<TNodeType, TEdgeType> : ObjectGraphType<PageConnection>
    where TNodeType : IGraphType where TEdgeType : IGraphType
{
    protected ConnectionGraphType(string node)
    {
        Name = node + "Connection";
        Field<NonNullGraphType<IntGraphType>>("totalCount").Resolve(c => c.Source.TotalCount);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(c => c.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(c => c.Source.Edges.Select(e => e.Node));
    }
}

internal sealed class EntityEdgeType() : EdgeGraphType<EntityInterface>("Entity");
internal sealed class EntityConnectionType() : ConnectionGraphType<EntityInterface, EntityEdgeType>("Entity");
internal sealed class RelationEdgeType() : EdgeGraphType<RelationGraphType>("Relation");
internal sealed class RelationConnectionType() : ConnectionGraphType<RelationGraphType, RelationEdgeType>("Relation");
internal sealed class EventEdgeType() : EdgeGraphType<EventObjectType>("Event");
internal sealed class EventConnectionType() : ConnectionGraphType<EventObjectType, EventEdgeType>("Event");
internal sealed class MentionEdgeType() : EdgeGraphType<MentionGraphType>("Mention");
internal sealed class MentionConnectionType() : ConnectionGraphType<MentionGraphType, MentionEdgeType>("Mention");
internal sealed class DocumentEdgeType() : EdgeGraphType<DocumentGraphType>("Document");
internal sealed class DocumentConnectionType() : ConnectionGraphType<DocumentGraphType, DocumentEdgeType>("Document");
