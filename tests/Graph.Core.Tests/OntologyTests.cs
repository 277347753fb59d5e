using System.Text;
using Graph.Core.Schema;

namespace Graph.Core.Tests;

public class OntologyTests
{
    private static readonly Ontology Default = Ontology.Default;

    [Fact]
    public void Loads_the_embedded_ontology_file()
    {
        var file = Path.Combine(RepositoryRoot(), "graph-schema", "ontology.json");
        using var stream = File.OpenRead(file);
        var fromDisk = Ontology.Load(stream, file);

        Assert.Equal(fromDisk.KnownEntityTypes, Default.KnownEntityTypes);
        Assert.Equal(fromDisk.KnownRelationTypes, Default.KnownRelationTypes);
        Assert.Equal(fromDisk.KnownEventTypes, Default.KnownEventTypes);
        Assert.True(Default.Version >= 1);
        Assert.True(Default.IsEntityType(Default.EventEntityType));
        Assert.True(Default.IsEvent(Default.EventEntityType));
        Assert.Contains("Coup", Default.EventTypes);
        Assert.True(Default.IsEventType("Strike"));
        Assert.False(Default.IsEventType("strike"));
    }

    [Fact]
    public void Groups_in_from_and_to_are_expanded_to_entity_types()
    {
        var opposed = Default.Relation("OPPOSED");
        Assert.Equal(["Person", "Organization", "Movement", "Place"], opposed.From);
        Assert.Equal(Default.EntityTypes.Select(t => t.Name), Default.Relation("ABOUT").To);
        Assert.DoesNotContain(Default.RelationTypes.SelectMany(r => r.From.Concat(r.To)), t => t is "actor" or "any");
    }

    [Fact]
    public void Relation_rules_allow_what_the_contract_allows()
    {
        Assert.True(Default.Relation("PART_OF").Allows("Organization", "Organization"));
        Assert.False(Default.Relation("PART_OF").Allows("Organization", "Movement"));
        Assert.True(Default.Relation("LOCATED_IN").Allows("Place", "Place"));
        Assert.False(Default.Relation("LOCATED_IN").Allows("Person", "Place"));
        Assert.Equal("Organization|Movement → Organization|Movement (same type)", Default.Relation("PART_OF").Signature);
        Assert.True(Default.Relation("ALLIED_WITH").Symmetric);
        Assert.False(Default.Relation("MENTIONED_WITH").Scored);
        Assert.True(Default.Relation("MEMBER_OF").Scored);
    }

    [Fact]
    public void Structural_relations_are_found_by_semantics()
    {
        Assert.Equal("LOCATED_IN", Default.ContainmentRelation);
        Assert.Equal("PARTICIPATED_IN", Default.ParticipationRelation);
        Assert.Equal("OCCURRED_IN", Default.EventPlaceRelation);
        Assert.Equal("MENTIONED_WITH", Default.CooccurrenceRelation);
        Assert.Contains("no relation type with semantics 'kinship'",
            Assert.Throws<InvalidOperationException>(() => Default.RelationWithSemantics("kinship")).Message);
    }

    [Fact]
    public void Unknown_relation_type_is_named_with_the_known_ones()
    {
        var e = Assert.Throws<GraphValidationException>(() => Default.Relation("LEAD"));
        Assert.Contains("'LEAD'", e.Message);
        Assert.Contains("LEADS", e.Message);
        Assert.Null(Default.TryRelation("LEAD"));
    }

    private const string Minimal = """
        { "version": 1, "eventEntityType": "Event",
          "entityTypes": [ { "name": "Person" }, { "name": "Event" } ],
          "eventTypes": [ "Coup" ],
          "groups": { "actor": [ "Person" ] },
          "relationTypes": [ { "name": "PARTICIPATED_IN", "from": [ "actor" ], "to": [ "Event" ] } ] }
        """;

    [Fact]
    public void A_minimal_file_loads() =>
        Assert.Equal(["Person"], Load(Minimal).Relation("PARTICIPATED_IN").From);

    [Theory]
    [InlineData("{ not json", "test.json is not valid ontology JSON")]
    [InlineData("null", "test.json is empty")]
    [InlineData("", "test.json is not valid ontology JSON")]
    public void A_file_that_is_not_an_ontology_is_rejected_naming_it(string json, string message) =>
        Assert.Contains(message, Assert.Throws<GraphValidationException>(() => Load(json)).Message);

    [Fact]
    public void An_unknown_group_or_type_in_a_relation_is_rejected_naming_both()
    {
        var e = Assert.Throws<GraphValidationException>(() => Load(Minimal.Replace("[ \"actor\" ]", "[ \"actors\" ]")));
        Assert.Contains("test.json: relation PARTICIPATED_IN names unknown entity type or group 'actors'", e.Message);
    }

    [Fact]
    public void An_event_entity_type_that_is_not_an_entity_type_is_rejected() =>
        Assert.Contains("eventEntityType 'Happening' is not an entity type",
            Assert.Throws<GraphValidationException>(() => Load(Minimal.Replace("\"eventEntityType\": \"Event\"", "\"eventEntityType\": \"Happening\""))).Message);

    [Theory]
    [InlineData("\"relationTypes\"", "\"relationTypez\"", "relationTypes")]
    [InlineData("\"entityTypes\"", "\"entityTypez\"", "entityTypes")]
    [InlineData("\"eventTypes\"", "\"eventTypez\"", "eventTypes")]
    [InlineData("\"to\": [ \"Event\" ]", "\"too\": [ \"Event\" ]", "'to'")]
    public void A_missing_section_is_rejected_naming_it(string from, string to, string section)
    {
        var e = Assert.Throws<GraphValidationException>(() => Load(Minimal.Replace(from, to)));
        Assert.StartsWith(section == "'to'" ? "test.json: relation type 'PARTICIPATED_IN'" : $"test.json has no {section};", e.Message);
        Assert.Contains(section, e.Message);
    }

    [Fact]
    public void A_file_without_groups_loads() =>
        Assert.Equal(["Person"], Load(Minimal.Replace("\"groups\": { \"actor\": [ \"Person\" ] },", "").Replace("[ \"actor\" ]", "[ \"Person\" ]")).Relation("PARTICIPATED_IN").From);

    [Fact]
    public void A_type_defined_twice_is_rejected_naming_it()
    {
        var twice = Minimal.Replace("{ \"name\": \"Person\" }", "{ \"name\": \"Person\" }, { \"name\": \"Person\" }");
        Assert.Contains("'Person' twice", Assert.Throws<GraphValidationException>(() => Load(twice)).Message);
    }

    private static Ontology Load(string json) => Ontology.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json");

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "graph-schema", "ontology.json"))) return dir.FullName;
        throw new InvalidOperationException($"No graph-schema/ontology.json above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
