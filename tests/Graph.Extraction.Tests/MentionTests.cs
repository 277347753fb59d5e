using Graph.Core.Model;

namespace Graph.Extraction.Tests;

public class MentionTests
{
    private static EntityRecord Entity(DocumentGraph g, string name) =>
        g.Entities.Single(e => e.Name == name);

    [Fact]
    public void gazetteer_name_matches_without_accents() =>
        Assert.Equal("Person", Entity(TestKnowledge.Extract("Hugo Chavez spoke at length."), "Hugo Chávez").Type);

    [Fact]
    public void gazetteer_alias_joins_the_canonical_entity()
    {
        var g = TestKnowledge.Extract("Hugo Chávez spoke. Later Chávez left.");
        var e = Entity(g, "Hugo Chávez");
        Assert.Equal(2, e.Mentions.Count);
        Assert.Contains("Chávez", e.Aliases);
    }

    [Fact]
    public void acronym_matches_only_in_capitals()
    {
        Assert.Contains(TestKnowledge.Extract("The COB called a strike.").Entities, e => e.Name == "Bolivian Workers' Center");
        Assert.DoesNotContain(TestKnowledge.Extract("The cob was burned.").Entities, e => e.Name == "Bolivian Workers' Center");
    }

    [Fact]
    public void party_named_movement_keeps_its_gazetteer_type() =>
        Assert.Equal("Organization", Entity(TestKnowledge.Extract("The Movement for Socialism won."), "Movement for Socialism").Type);

    [Fact]
    public void place_cue_picks_the_state_over_the_person()
    {
        var g = TestKnowledge.Extract("Workers marched in the state of Bolívar.");
        Assert.Equal("Place", Assert.Single(g.Entities, e => e.Name == "Bolívar").Type);
    }

    [Fact]
    public void acronym_defined_in_brackets_is_an_alias_of_the_name()
    {
        var g = TestKnowledge.Extract("The Venezuelan Corporation of Guyana (CVG) owns the plant. The CVG hired engineers.");
        var e = Entity(g, "Venezuelan Corporation of Guyana");
        Assert.Equal("Organization", e.Type);
        Assert.Contains("CVG", e.Aliases);
        Assert.Equal(3, e.Mentions.Count);
    }

    [Fact]
    public void head_word_types_an_unknown_union() =>
        Assert.Equal("Organization", Entity(TestKnowledge.Extract("The Federation of Neighborhood Councils called a strike."), "Federation of Neighborhood Councils").Type);

    [Fact]
    public void guerrilla_army_is_a_movement() =>
        Assert.Equal("Movement", Entity(TestKnowledge.Extract("The National Liberation Army attacked a pipeline."), "National Liberation Army").Type);

    [Fact]
    public void title_marks_an_unknown_name_as_a_person_and_is_dropped_from_it() =>
        Assert.Equal("Person", Entity(TestKnowledge.Extract("Lieutenant Colonel Xolotl Tecpan led the revolt."), "Xolotl Tecpan").Type);

    [Fact]
    public void place_cue_types_an_unknown_town() =>
        Assert.Equal("Place", Entity(TestKnowledge.Extract("Police fired on strikers in Tlacolula."), "Tlacolula").Type);

    [Fact]
    public void surname_joins_the_full_name_seen_in_the_document()
    {
        var g = TestKnowledge.Extract("Rosa Quispe Mamani spoke first. Then Mamani left.");
        var e = Assert.Single(g.Entities, x => x.Type == "Person");
        Assert.Equal("Rosa Quispe Mamani", e.Name);
        Assert.Contains("Mamani", e.Aliases);
    }

    [Fact]
    public void sentence_initial_function_word_is_not_part_of_a_name() =>
        Assert.DoesNotContain(TestKnowledge.Extract("The Federation of Neighborhood Councils met.").Entities, e => e.Name.StartsWith("The "));

    [Fact]
    public void ism_word_is_a_concept() =>
        Assert.Equal("Concept", Entity(TestKnowledge.Extract("They fought against authoritarianism for years."), "authoritarianism").Type);

    [Fact]
    public void capitalized_modifier_joins_an_ism() =>
        Assert.Contains(TestKnowledge.Extract("The collapse of Soviet socialism weakened the left.").Entities, e => e.Name == "Soviet socialism" && e.Type == "Concept");

    [Fact]
    public void cue_modifier_joins_an_ism() =>
        Assert.Contains(TestKnowledge.Extract("He spoke of twenty-first century socialism often.").Entities, e => e.Name == "twenty-first century socialism");

    [Fact]
    public void title_after_book_is_a_work() =>
        Assert.Equal("Work", Entity(TestKnowledge.Extract("Her book A World to Build appeared in Chile."), "A World to Build").Type);

    [Fact]
    public void person_with_administration_is_an_organization() =>
        Assert.Contains(TestKnowledge.Extract("The Chávez administration expanded the programs.").Entities,
            e => e.Name == "Chávez administration" && e.Type == "Organization");

    [Fact]
    public void lower_case_movement_with_modifier_is_a_movement() =>
        Assert.Contains(TestKnowledge.Extract("In Bolivia, the indigenous movement grew.").Entities, e => e.Name == "indigenous movement" && e.Type == "Movement");

    [Fact]
    public void demonym_alone_names_no_entity() =>
        Assert.Empty(TestKnowledge.Extract("Bolivians voted. Venezuelans watched.").Entities);

    [Fact]
    public void the_union_refers_to_the_one_union_named_before()
    {
        var g = TestKnowledge.Extract("The Alcasa Workers Union called a strike. Months later the union won.");
        var e = Entity(g, "Alcasa Workers Union");
        Assert.Equal(2, e.Mentions.Count);
        Assert.DoesNotContain("union", e.Aliases);
    }

    [Fact]
    public void the_union_with_two_candidates_refers_to_neither()
    {
        var g = TestKnowledge.Extract("The Alcasa Workers Union and the Sidor Steel Union met. Then the union left.");
        Assert.All(g.Entities.Where(e => e.Type == "Organization"), e => Assert.Single(e.Mentions));
    }
}
