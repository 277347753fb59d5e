using Graph.Core.Schema;

namespace Graph.Synthetic.Internal;

/// <summary>The ontology by index, with the structural roles the generator needs found by their semantics, never by name.</summary>
internal sealed class OntologyView
{
    public IReadOnlyList<string> EntityTypes { get; }
    public IReadOnlyList<string> EventTypes { get; }
    public IReadOnlyList<RelationTypeDefinition> Relations { get; }
    public int EventType { get; }
    public int PlaceType { get; }
    public int Containment { get; }
    public int Participation { get; }
    public int EventPlace { get; }
    /// <summary>Entity type indices that may take part in an event.</summary>
    public int[] ActorTypes { get; }

    public OntologyView(Ontology ontology)
    {
        EntityTypes = ontology.EntityTypes.Select(t => t.Name).ToArray();
        EventTypes = ontology.EventTypes;
        Relations = ontology.RelationTypes;
        EventType = TypeIndex(ontology.EventEntityType);
        Containment = RelationIndex(ontology.ContainmentRelation);
        Participation = RelationIndex(ontology.ParticipationRelation);
        EventPlace = RelationIndex(ontology.EventPlaceRelation);
        var placeTypes = Relations[EventPlace].To;
        if (placeTypes.Count != 1)
            throw new InvalidOperationException($"The generator expects events to happen in exactly one entity type, but {Relations[EventPlace].Name} goes to {string.Join(", ", placeTypes)}.");
        PlaceType = TypeIndex(placeTypes[0]);
        ActorTypes = Relations[Participation].From.Select(TypeIndex).ToArray();
    }

    public int TypeIndex(string type)
    {
        for (var i = 0; i < EntityTypes.Count; i++) if (EntityTypes[i] == type) return i;
        throw new InvalidOperationException($"Entity type '{type}' is not in the ontology; known: {string.Join(", ", EntityTypes)}.");
    }

    private int RelationIndex(string type)
    {
        for (var i = 0; i < Relations.Count; i++) if (Relations[i].Name == type) return i;
        throw new InvalidOperationException($"Relation type '{type}' is not in the ontology.");
    }
}
