using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>Relation patterns for roles, founders and places stated in appositions (relations/patterns.tsv), one behaviour each.</summary>
public class LeadershipAndPlacePatternTests
{
    private static bool Has(DocumentGraph g, string type, string subject, string obj) =>
        g.Relations.Any(r => r.Type == type
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == subject)
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == obj));

    [Fact]
    public void the_one_named_founder_leads_what_he_founded() =>
        Assert.True(Has(TestKnowledge.Extract("Voters turned to the Movement for Socialism (MAS), the party founded in 1998 by Major Hugo Chávez."),
            "LEADS", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void a_role_taken_by_a_verb_leads_the_body() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez, who had become secretary general of the Bolivian Workers' Center, died in 2013."),
            "LEADS", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void a_role_taken_in_a_second_verb_phrase_leads_the_body() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez wrote several books and was a director of the Bolivian Workers' Center."),
            "LEADS", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void its_head_named_after_a_body_leads_it() =>
        Assert.True(Has(TestKnowledge.Extract("The strike began in the Movement for Socialism, the largest party, after its president, Hugo Chávez, resigned."),
            "LEADS", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void headed_with_a_time_before_by_leads_the_body() =>
        Assert.True(Has(TestKnowledge.Extract("The plan was run by the Bolivian Workers' Center, headed until this year by Hugo Chávez."),
            "LEADS", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void a_place_governed_by_a_person_is_led_by_him() =>
        Assert.True(Has(TestKnowledge.Extract("Schools in Chile, then governed by Hugo Chávez, began paying families."),
            "LEADS", "Hugo Chávez", "Chile"));

    [Fact]
    public void a_body_placed_by_its_apposition_is_located_there() =>
        Assert.True(Has(TestKnowledge.Extract("The Bolivian Workers' Center, a large union in the southern state of Chile, called a strike."),
            "LOCATED_IN", "Bolivian Workers' Center", "Chile"));

    [Fact]
    public void one_of_a_places_own_is_from_it() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez has emerged as one of Chile's most incisive thinkers."),
            "FROM", "Hugo Chávez", "Chile"));

    [Fact]
    public void a_co_founder_is_a_member_not_the_leader()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, co-founder of the Movement for Socialism, spoke in Caracas.");
        Assert.True(Has(g, "MEMBER_OF", "Hugo Chávez", "Movement for Socialism"));
        Assert.False(Has(g, "LEADS", "Hugo Chávez", "Movement for Socialism"));
    }

    [Fact]
    public void a_place_of_action_in_an_apposition_is_not_where_a_person_is_from() =>
        Assert.False(Has(TestKnowledge.Extract("He met Hugo Chávez, in Chile, in 1990."), "FROM", "Hugo Chávez", "Chile"));

    [Fact]
    public void what_a_person_is_in_an_apposition_says_where_they_are_from() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez, a landowner from Chile, spoke."), "FROM", "Hugo Chávez", "Chile"));

    [Fact]
    public void having_broken_with_a_body_opposes_it() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez, who had broken with the Movement for Socialism over the killings, was sworn in."),
            "OPPOSED", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void a_bodys_own_head_named_after_it_leads_it() =>
        Assert.True(Has(TestKnowledge.Extract("The Movement for Socialism's new leader, Hugo Chávez, spoke."),
            "LEADS", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void elected_to_a_role_of_a_body_leads_it() =>
        Assert.True(Has(TestKnowledge.Extract("In 2003 Hugo Chávez was elected secretary general of the Bolivian Workers' Center."),
            "LEADS", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void a_relative_clause_keeps_a_leader_with_what_he_led() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez, who had led the Bolivian Workers' Center, died."),
            "LEADS", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void an_ally_named_in_an_apposition_is_allied()
    {
        // ALLIED_WITH is symmetric: the graph keeps one direction of its choosing.
        var g = TestKnowledge.Extract("Hugo Chávez, a close ally of the Movement for Socialism, spoke.");
        Assert.True(Has(g, "ALLIED_WITH", "Hugo Chávez", "Movement for Socialism") || Has(g, "ALLIED_WITH", "Movement for Socialism", "Hugo Chávez"));
    }

    [Fact]
    public void a_countrys_capital_named_after_it_is_located_in_it() =>
        Assert.True(Has(TestKnowledge.Extract("Venezuela's second city, Ciudad Guayana, grew fast."), "LOCATED_IN", "Ciudad Guayana", "Venezuela"));

    [Fact]
    public void the_national_state_of_a_place_is_located_in_the_country() =>
        Assert.True(Has(TestKnowledge.Extract("Venezuela grew. Ore was found in the Venezuelan state of Bolívar."), "LOCATED_IN", "Bolívar", "Venezuela"));

    [Fact]
    public void bringing_a_place_into_a_bloc_backs_the_bloc() =>
        Assert.True(Has(TestKnowledge.Extract("In 2006 Hugo Chávez raised wages and took Venezuela into the Movement for Socialism."),
            "SUPPORTED", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void an_aside_does_not_run_past_a_colon()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, elected for the Bolivian Workers' Center, had moved to the left: he raised wages and took Venezuela into the Movement for Socialism.");
        Assert.True(Has(g, "SUPPORTED", "Hugo Chávez", "Movement for Socialism"));
        Assert.False(Has(g, "SUPPORTED", "Bolivian Workers' Center", "Movement for Socialism"));
    }

    [Fact]
    public void a_town_placed_by_a_longer_apposition_is_located_there() =>
        Assert.True(Has(TestKnowledge.Extract("Ciudad Guayana, a city of more than 600,000 people on the Venezuelan coast, grew. Venezuela grew too."),
            "LOCATED_IN", "Ciudad Guayana", "Venezuela"));

    [Fact]
    public void working_for_a_body_is_belonging_to_it() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez, a lawyer, worked for the Bolivian Workers' Center in the 1990s."),
            "MEMBER_OF", "Hugo Chávez", "Bolivian Workers' Center"));

    [Fact]
    public void a_title_before_a_name_and_a_place_after_it_leads_the_place() =>
        Assert.True(Has(TestKnowledge.Extract("In 1990 President Simón Bolívar of Chile spoke in Caracas."), "LEADS", "Simón Bolívar", "Chile"));
}
