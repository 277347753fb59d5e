using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// Names the gazetteer lacks, typed from what surrounds them: roles, lists, parties, agents, appositions; and
/// policy words and capitals that name no entity. One behaviour each, on hand-made sentences.
/// </summary>
public class UnknownNameTypingTests
{
    private static string? TypeOf(DocumentGraph g, string name) => g.Entities.SingleOrDefault(e => e.Name == name)?.Type;

    [Fact]
    public void an_occupation_before_a_name_makes_it_a_person() =>
        Assert.Equal("Person", TypeOf(TestKnowledge.Extract("The method was designed by the Cuban educator Leonela Relys in 2001."), "Leonela Relys"));

    [Fact]
    public void a_kinship_noun_and_a_comma_before_a_name_make_it_a_person() =>
        Assert.Equal("Person", TypeOf(TestKnowledge.Extract("His wife, Vanda Pignato, worked in Chile for years."), "Vanda Pignato"));

    [Fact]
    public void a_role_noun_without_a_determiner_does_not_type_the_name_after_its_comma() =>
        Assert.Null(TypeOf(TestKnowledge.Extract("Topics: wife, Vanda Pignato, rallies."), "Vanda Pignato"));

    [Fact]
    public void a_name_listed_with_people_is_a_person() =>
        Assert.Equal("Person", TypeOf(TestKnowledge.Extract("Joseph Hanlon, Armando Barrientos and David Hulme wrote the study."), "Armando Barrientos"));

    [Fact]
    public void a_name_of_a_party_is_its_member() =>
        Assert.Equal("Person", TypeOf(TestKnowledge.Extract("Leaders such as Cristovam Buarque of the Movement for Socialism spoke."), "Cristovam Buarque"));

    [Fact]
    public void the_agent_of_an_office_held_is_a_person() =>
        Assert.Equal("Person", TypeOf(TestKnowledge.Extract("The ministry was headed until this year by Patrus Ananias."), "Patrus Ananias"));

    [Fact]
    public void a_given_name_before_a_place_name_makes_a_person()
    {
        var g = TestKnowledge.Extract("Carlos Bolívar spoke at the rally.");
        Assert.Equal("Person", TypeOf(g, "Carlos Bolívar"));
        Assert.Null(TypeOf(g, "Bolívar"));
    }

    [Fact]
    public void an_apposition_that_says_estate_outweighs_a_given_name() =>
        Assert.Equal("Place", TypeOf(TestKnowledge.Extract("Police evicted peasants from Marina Kue, an estate near the border."), "Marina Kue"));

    [Fact]
    public void a_title_with_an_article_and_a_subtitle_after_in_is_a_work() =>
        Assert.Equal("Work", TypeOf(TestKnowledge.Extract("In The Long Night: Resistance and Terror, historian Dana Frank follows the coup."), "The Long Night"));

    [Fact]
    public void a_two_word_nationality_joins_a_lower_case_movement() =>
        Assert.Equal("Movement", TypeOf(TestKnowledge.Extract("By 1990 the Central American guerrilla movements were forced to demobilize."), "Central American guerrilla movements"));

    [Fact]
    public void the_country_the_text_names_picks_between_parties_of_one_name()
    {
        var g = TestKnowledge.Extract("In Venezuela the Liberal Party won the vote. Venezuela celebrated.");
        Assert.Contains(g.Entities, e => e.Name == "Liberal Party (Venezuela)");
        Assert.DoesNotContain(g.Entities, e => e.Name == "Liberal Party (Chile)");
    }

    [Fact]
    public void a_negated_count_of_a_policy_names_no_concept() =>
        Assert.Null(TypeOf(TestKnowledge.Extract("His legacy is neither a nationalization nor a reform but a transfer."), "nationalization"));

    [Fact]
    public void a_plural_policy_word_counts_acts_not_the_idea() =>
        Assert.DoesNotContain(TestKnowledge.Extract("The decision undoes one of the privatizations of that decade.").Entities, e => e.Type == "Concept");

    [Fact]
    public void the_idea_itself_stays_a_concept() =>
        Assert.Equal("Concept", TypeOf(TestKnowledge.Extract("Workers lived under the threat of privatization."), "privatization"));

    [Fact]
    public void a_capitalized_measure_is_no_organization() =>
        Assert.Null(TypeOf(TestKnowledge.Extract("The program costs half of one percent of GDP."), "GDP"));

    [Fact]
    public void a_publisher_after_published_by_is_an_organization_though_it_bears_a_given_name() =>
        Assert.Equal("Organization", TypeOf(TestKnowledge.Extract("The memoir was translated and published by Allen Lane in 2007."), "Allen Lane"));

    [Fact]
    public void an_apposition_headed_by_a_body_noun_makes_an_organization() =>
        Assert.Equal("Organization", TypeOf(TestKnowledge.Extract("Workers at Alcasa, a state-owned aluminum plant in Bolívar, elected managers. Alcasa grew."), "Alcasa"));

    [Fact]
    public void a_body_noun_after_a_preposition_in_the_apposition_does_not_type_the_name() =>
        Assert.NotEqual("Organization", TypeOf(TestKnowledge.Extract("Trino Silva, the secretary general of the union, spoke. Silva left."), "Trino Silva"));

    [Fact]
    public void a_name_that_speaks_is_a_person() =>
        Assert.Equal("Person", TypeOf(TestKnowledge.Extract("\"We will not go back,\" said Ramona Quispe in Chile."), "Ramona Quispe"));

    [Fact]
    public void a_name_opening_like_a_known_programme_is_a_programme() =>
        Assert.Equal("Concept", TypeOf(TestKnowledge.Extract("The government merged Bolsa Escola into Bolsa Família in 2003."), "Bolsa Escola"));

    [Fact]
    public void paramilitaries_are_a_movement() =>
        Assert.Equal("Movement", TypeOf(TestKnowledge.Extract("In the 1990s paramilitaries killed hundreds in Chile."), "paramilitaries"));

    [Fact]
    public void a_body_noun_right_before_a_name_makes_an_organization() =>
        Assert.Equal("Organization", TypeOf(TestKnowledge.Extract("In 2012 Chile seized the shares of the Spanish oil company Repsol Sinopec."), "Repsol Sinopec"));

    [Fact]
    public void a_size_adjective_names_no_kind_of_movement() =>
        Assert.DoesNotContain(TestKnowledge.Extract("Chávez was restored to power by a massive movement of protest.").Entities, e => e.Type == "Movement");

    [Fact]
    public void a_kind_adjective_still_names_a_policy_where_a_placing_one_does_not()
    {
        var g = TestKnowledge.Extract("Indigenous movements opposed the neoliberal policies of its domestic and international policies.");
        Assert.Equal("Concept", TypeOf(g, "neoliberal policies"));
        Assert.DoesNotContain(g.Entities, e => e.Name == "international policies");
    }

    [Fact]
    public void a_word_listed_between_concepts_is_a_concept()
    {
        var g = TestKnowledge.Extract("Unions were beaten down by flexibilization, subcontracting, and other neoliberal measures.");
        Assert.Equal("Concept", TypeOf(g, "subcontracting"));
        Assert.Null(TypeOf(TestKnowledge.Extract("Unions were beaten down by flexibilization, hunger and fear."), "hunger"));
    }

    [Fact]
    public void a_numbered_section_of_a_body_is_an_organization_apart_from_it()
    {
        var g = TestKnowledge.Extract("In 2006 Section 22 of the Bolivian Workers' Center went on strike.");
        Assert.Equal("Organization", TypeOf(g, "Section 22"));
        Assert.Equal("Organization", TypeOf(g, "Bolivian Workers' Center"));
    }

    [Fact]
    public void a_numbered_section_of_a_text_is_no_organization() =>
        Assert.DoesNotContain(TestKnowledge.Extract("Section 3 of the Constitution of Chile protects property.").Entities, e => e.Name.StartsWith("Section", StringComparison.Ordinal));
}
