using Graph.Core.Store;
using Graph.Exports;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>
/// An ego network. The ready-made front-end shapes come from the exports library, so the GraphQL fields and the
/// downloads (/export/network.cyjs, .graphology.json) are written by one serializer and cannot disagree.
/// </summary>
internal sealed class NetworkGraphType : ObjectGraphType<Network>
{
    public NetworkGraphType()
    {
        Name = "Network";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkNodeType>>>>("nodes").Resolve(c => c.Source.Nodes);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<NetworkEdgeType>>>>("edges").Resolve(c => c.Source.Edges);
        Field<NonNullGraphType<BooleanGraphType>>("truncated").Description("True when the node limit left part of the network out.")
            .Resolve(c => c.Source.Truncated);
        Field<NonNullGraphType<JsonGraphType>>("elements")
            .Description("The same network as Cytoscape.js elements ({nodes: [{data}], edges: [{data}]}); ids are store ids (the key fields).")
            .Resolve(c => Cytoscape.Elements(new NetworkExport(c.Source)));
        Field<NonNullGraphType<JsonGraphType>>("graphology")
            .Description("The same network as a graphology serialized graph (Graph.from(json)); types are the entityType and relationType attributes.")
            .Resolve(c => Graphology.Serialize(new NetworkExport(c.Source)));
    }
}

/// <summary>
/// JSON output written as it is, not as a string. GraphQL.NET's ComplexScalarGraphType already hands its value
/// to the JSON serializer untouched (so a JsonNode comes out as an object); this only gives it a name and a
/// description that say what clients get.
/// </summary>
internal sealed class JsonGraphType : ComplexScalarGraphType
{
    public JsonGraphType()
    {
        Name = "JSON";
        Description = "A JSON value (object, array, string, number, boolean), sent as JSON rather than as a string.";
    }
}

internal sealed class NetworkNodeType : ObjectGraphType<NetworkNode>
{
    public NetworkNodeType()
    {
        Name = "NetworkNode";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => GlobalId.Encode(GlobalId.Entity, c.Source.Entity.Id));
        Field<NonNullGraphType<StringGraphType>>("key").Resolve(c => c.Source.Entity.Id);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(c => c.Source.Entity.Name);
        Field<NonNullGraphType<EntityTypeEnum>>("type").Resolve(c => c.Source.Entity.Type);
        Field<NonNullGraphType<IntGraphType>>("distance").Description("Hops from the nearest center.").Resolve(c => c.Source.Distance);
        Field<NonNullGraphType<IntGraphType>>("degree").Description("Edges of this node within the network.").Resolve(c => c.Source.Degree);
        Field<NonNullGraphType<EntityInterface>>("entity").Resolve(c => c.Source.Entity);
    }
}

internal sealed class NetworkEdgeType : ObjectGraphType<NetworkEdge>
{
    public NetworkEdgeType()
    {
        Name = "NetworkEdge";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The relation's global id; relation(id) gives its evidence.")
            .Resolve(c => GlobalId.Encode(GlobalId.Relation, c.Source.RelationId));
        Field<NonNullGraphType<IdGraphType>>("source").Description("A node id.").Resolve(c => GlobalId.Encode(GlobalId.Entity, c.Source.Source));
        Field<NonNullGraphType<IdGraphType>>("target").Description("A node id.").Resolve(c => GlobalId.Encode(GlobalId.Entity, c.Source.Target));
        Field<NonNullGraphType<RelationTypeEnum>>("type").Resolve(c => c.Source.Type);
        Field<NonNullGraphType<IntGraphType>>("weight").Description("Pieces of evidence.").Resolve(c => c.Source.Weight);
        Field<StringGraphType>("role").Resolve(c => c.Source.Role);
        Field<DateType>("date").Resolve(c => c.Source.Date);
        Field<NonNullGraphType<FloatGraphType>>("confidence").Resolve(c => c.Source.Confidence);
    }
}
