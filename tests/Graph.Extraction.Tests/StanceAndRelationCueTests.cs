using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>The clause matcher (relations/clause-cues.tsv) and the relation patterns added beside it, one behaviour each.</summary>
public class StanceAndRelationCueTests
{
    private static bool Has(DocumentGraph g, string type, string subject, string obj) =>
        g.Relations.Any(r => r.Type == type
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == subject)
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == obj));

    [Fact]
    public void clause_subject_takes_a_stance_stated_far_from_it() =>
        Assert.True(Has(TestKnowledge.Extract(
            "Hugo Chávez won the presidential election in Venezuela by a wide margin after a long campaign, rejecting neoliberalism."),
            "OPPOSED", "Hugo Chávez", "neoliberalism"));

    [Fact]
    public void name_after_a_preposition_is_not_the_clause_subject()
    {
        var g = TestKnowledge.Extract("In Venezuela, after a long and bitter campaign across the whole country, Hugo Chávez rejected neoliberalism.");
        Assert.True(Has(g, "OPPOSED", "Hugo Chávez", "neoliberalism"));
        Assert.False(Has(g, "OPPOSED", "Venezuela", "neoliberalism"));
    }

    [Fact]
    public void verb_cue_followed_by_by_is_passive() =>
        Assert.True(Has(TestKnowledge.Extract("The plan was a version of neoliberalism promoted by the Movement for Socialism."),
            "SUPPORTED", "Movement for Socialism", "neoliberalism"));

    [Fact]
    public void possessor_of_a_noun_cue_is_its_subject()
    {
        var g = TestKnowledge.Extract("Simón Bolívar wrote about it, and Hugo Chávez's support for the Movement for Socialism grew.");
        Assert.True(Has(g, "SUPPORTED", "Hugo Chávez", "Movement for Socialism"));
        Assert.False(Has(g, "SUPPORTED", "Simón Bolívar", "Movement for Socialism"));
    }

    [Fact]
    public void actor_right_before_the_verb_beats_the_first_actor_of_the_clause()
    {
        var g = TestKnowledge.Extract("Simón Bolívar is remembered everywhere, and the Bolivian Workers' Center later backed the Movement for Socialism.");
        Assert.True(Has(g, "SUPPORTED", "Bolivian Workers' Center", "Movement for Socialism"));
        Assert.False(Has(g, "SUPPORTED", "Simón Bolívar", "Movement for Socialism"));
    }

    [Fact]
    public void negated_cue_states_no_stance() =>
        Assert.DoesNotContain(TestKnowledge.Extract(
            "Hugo Chávez won the presidential election in Venezuela by a wide margin after a long campaign, never rejecting neoliberalism.").Relations,
            r => r.Type == "OPPOSED");

    [Fact]
    public void object_is_not_looked_for_past_a_pronoun_or_preposition() =>
        Assert.DoesNotContain(TestKnowledge.Extract("Hugo Chávez voted against her in Venezuela.").Relations, r => r.Type == "OPPOSED");

    [Fact]
    public void determiner_may_open_a_coordinated_subject()
    {
        var g = TestKnowledge.Extract("Hugo Chávez and the Movement for Socialism, after years of patient organizing in the barrios of the capital, rise against neoliberalism.");
        Assert.True(Has(g, "OPPOSED", "Hugo Chávez", "neoliberalism"));
        Assert.True(Has(g, "OPPOSED", "Movement for Socialism", "neoliberalism"));
    }

    [Fact]
    public void body_set_up_as_an_answer_to_another_opposes_it() =>
        Assert.True(Has(TestKnowledge.Extract("They founded the Movement for Socialism, their answer to neoliberalism."),
            "OPPOSED", "Movement for Socialism", "neoliberalism"));

    [Fact]
    public void policy_an_actor_pressed_is_supported() =>
        Assert.True(Has(TestKnowledge.Extract("It broke with the neoliberalism that the Bolivian Workers' Center (COB) pressed on the country."),
            "SUPPORTED", "Bolivian Workers' Center", "neoliberalism"));

    [Fact]
    public void whose_entry_an_actor_blocked_is_opposed() =>
        Assert.True(Has(TestKnowledge.Extract("Mercosur admitted Venezuela, whose entry the Movement for Socialism had blocked."),
            "OPPOSED", "Movement for Socialism", "Venezuela"));

    [Fact]
    public void person_talking_to_another_is_interviewed_by_them() =>
        Assert.True(Has(TestKnowledge.Extract("In the interview, Hugo Chávez talks to Marta Harnecker about the coup."),
            "INTERVIEWED", "Marta Harnecker", "Hugo Chávez"));

    [Fact]
    public void bodies_founding_something_together_are_allies() =>
        Assert.True(Has(TestKnowledge.Extract("The Bolivian Workers' Center and the Movement for Socialism founded the Popular Front."),
            "ALLIED_WITH", "Bolivian Workers' Center", "Movement for Socialism"));

    [Fact]
    public void tutor_of_a_person_advised_him() =>
        Assert.True(Has(TestKnowledge.Extract("Simón Rodríguez, the tutor of Simón Bolívar, lived in exile."),
            "ADVISED", "Simón Rodríguez", "Simón Bolívar"));

    [Fact]
    public void came_from_a_place_is_from() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez came from Bolívar."), "FROM", "Hugo Chávez", "Bolívar"));

    [Fact]
    public void cue_right_after_a_comma_is_not_skipped_as_an_aside() =>
        Assert.True(Has(TestKnowledge.Extract("The Bolivian Workers' Center, beaten down by neoliberalism, lost members."),
            "AFFECTED", "neoliberalism", "Bolivian Workers' Center"));

    [Fact]
    public void gazetteer_containment_uses_the_direct_parent_only() =>
        Assert.DoesNotContain(TestKnowledge.Extract("Ciudad Guayana grew. Venezuela is rich in oil.").Relations, r => r.Type == "LOCATED_IN");

    [Fact]
    public void nationality_word_in_a_title_names_what_the_work_is_about() =>
        Assert.True(Has(TestKnowledge.Extract("Her new book, The Long Venezuelan Night, appeared last year. It follows Venezuela after the coup."),
            "ABOUT", "The Long Venezuelan Night", "Venezuela"));

    [Fact]
    public void winning_at_the_head_of_a_party_is_leading_it() =>
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez, a former officer, had won the presidential election of 1998 at the head of the Movement for Socialism."),
            "LEADS", "Hugo Chávez", "Movement for Socialism"));

    [Fact]
    public void members_named_as_examples_are_members() =>
        Assert.True(Has(TestKnowledge.Extract("COB leaders such as Rosa Quispe Mamani became national figures."),
            "MEMBER_OF", "Rosa Quispe Mamani", "Bolivian Workers' Center"));

    [Fact]
    public void place_on_a_side_of_another_is_located_in_it() =>
        Assert.True(Has(TestKnowledge.Extract("In Tlacolula, on the western side of Ciudad Guayana, doctors see patients."),
            "LOCATED_IN", "Tlacolula", "Ciudad Guayana"));

    [Fact]
    public void policy_cue_takes_every_element_of_a_list()
    {
        var g = TestKnowledge.Extract("Hugo Chávez has promised a referendum on oil, a review of the constitution and the nationalization of the mines.");
        Assert.True(Has(g, "SUPPORTED", "Hugo Chávez", "nationalization"));
    }

    [Fact]
    public void he_or_she_stands_for_the_one_person_just_named()
    {
        Assert.True(Has(TestKnowledge.Extract("Hugo Chávez returned to Venezuela in 1994. Within months he rejected neoliberalism."),
            "OPPOSED", "Hugo Chávez", "neoliberalism"));
        Assert.DoesNotContain(TestKnowledge.Extract("Hugo Chávez met Simón Bolívar in a dream. Within months he rejected neoliberalism.").Relations,
            r => r.Type == "OPPOSED");
    }
}
