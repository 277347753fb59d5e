using System.Text;
using Graph.Core.Schema;
using GraphQL.Types;

namespace Graph.Api.Schema;

/// <summary>Enums whose values come from the ontology: PERSON → "Person", COUP → "Coup", MEMBER_OF → "MEMBER_OF".</summary>
internal static class OntologyEnums
{
    public static string ValueName(string ontologyName)
    {
        var sb = new StringBuilder();
        for (var i = 0; i < ontologyName.Length; i++)
        {
            var c = ontologyName[i];
            if (char.IsUpper(c) && i > 0 && char.IsLower(ontologyName[i - 1])) sb.Append('_');
            sb.Append(char.IsLetterOrDigit(c) ? char.ToUpperInvariant(c) : '_');
        }
        return sb.ToString();
    }

    public static void Fill(EnumerationGraphType type, IEnumerable<(string Name, string Description)> values)
    {
        foreach (var (name, description) in values)
            type.Add(new EnumValueDefinition(ValueName(name), name) { Description = string.IsNullOrEmpty(description) ? null : description });
    }
}

/// <summary>
/// An enum of ontology names, serialized by a dictionary: GraphQL.NET finds a value's name by a linear search with
/// object.Equals, once per node and edge of a network (~400 values per 2-hop network).
/// </summary>
internal abstract class OntologyEnumType : EnumerationGraphType
{
    private Dictionary<string, string>? _names;

    public override object? Serialize(object? value)
    {
        var names = _names ??= Values.ToDictionary(v => (string)v.Value!, v => v.Name, StringComparer.Ordinal);
        return value is string s && names.TryGetValue(s, out var name) ? name : base.Serialize(value);
    }
}

internal sealed class EntityTypeEnum : OntologyEnumType
{
    public EntityTypeEnum()
    {
        Name = "EntityType";
        Description = "The entity types of graph-schema/ontology.json.";
        OntologyEnums.Fill(this, Ontology.Default.EntityTypes.Select(t => (t.Name, t.Description)));
    }
}

internal sealed class EventTypeEnum : OntologyEnumType
{
    public EventTypeEnum()
    {
        Name = "EventType";
        Description = "The event types of graph-schema/ontology.json.";
        OntologyEnums.Fill(this, Ontology.Default.EventTypes.Select(t => (t, "")));
    }
}

internal sealed class RelationTypeEnum : OntologyEnumType
{
    public RelationTypeEnum()
    {
        Name = "RelationType";
        Description = "The relation types of graph-schema/ontology.json.";
        OntologyEnums.Fill(this, Ontology.Default.RelationTypes.Select(t => (t.Name, t.Description)));
    }
}

internal sealed class DirectionEnum : EnumerationGraphType<Core.Store.Direction>
{
    public DirectionEnum() => Name = "Direction";
}

internal sealed class RelationStatusEnum : EnumerationGraphType<Core.Model.RelationStatus>
{
    public RelationStatusEnum() => Name = "RelationStatus";
}

internal sealed class ProvenanceEnum : EnumerationGraphType<Core.Model.Provenance>
{
    public ProvenanceEnum() => Name = "Provenance";
}

internal sealed class DatePrecisionEnum : EnumerationGraphType<Core.Dates.EdtfPrecision>
{
    public DatePrecisionEnum() => Name = "DatePrecision";
}
