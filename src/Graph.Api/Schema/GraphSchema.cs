using Graph.Core.Schema;
using Microsoft.Extensions.Options;

namespace Graph.Api.Schema;

internal sealed class GraphSchema : GraphQL.Types.Schema
{
    public GraphSchema(IServiceProvider services, QueryType query, MutationType mutation, IOptions<GraphApiOptions> options) : base(services)
    {
        Query = query;
        Mutation = mutation;
        Description = "A knowledge graph of social movements, people, events and places, with the evidence behind every edge.";
        // The entity object types come from the ontology: a new entity type in graph-schema/ontology.json is a new GraphQL type.
        foreach (var type in EntityObjectType.FromOntology(Ontology.Default, options.Value.Limits)) RegisterType(type);
        RegisterType(typeof(EventObjectType));
        RegisterType(typeof(DocumentGraphType));
        RegisterType(typeof(RelationGraphType));
    }
}
