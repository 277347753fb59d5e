using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests;

/// <summary>
/// Attachment of place, participants and type on sentences shaped like those of texts nobody tuned on; one behaviour each.
/// </summary>
public class UnseenTextEventTests
{
    private static readonly Ontology O = Ontology.Default;

    private static List<EntityRecord> Events(DocumentGraph g, string type) => g.Entities.Where(e => e.Event?.EventType == type).ToList();

    private static bool Takes(DocumentGraph g, EntityRecord ev, string type, string name) =>
        g.Relations.Any(r => r.Type == O.ParticipationRelation && r.ObjectId == ev.Id && r.SubjectId == GraphIds.Entity(type, name));

    private static bool In(DocumentGraph g, EntityRecord ev, string place) =>
        g.Relations.Any(r => r.Type == O.EventPlaceRelation && r.SubjectId == ev.Id && r.ObjectId == GraphIds.Entity("Place", place));

    [Fact]
    public void rising_against_a_measure_is_a_protest_not_a_coup()
    {
        var g = TestKnowledge.Extract("In April 2000, residents of Ciudad Guayana rose against the privatization of the water system.");
        Assert.Empty(Events(g, "Coup"));
        Assert.Single(Events(g, "Protest"));
    }

    [Fact]
    public void rising_against_a_ruler_stays_a_coup() =>
        Assert.Single(Events(TestKnowledge.Extract("In February 1992, officers rose against the government in Venezuela."), "Coup"));

    [Fact]
    public void a_place_of_origin_is_not_where_the_event_happened()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, a soldier from the Bolívar, was elected president in December 1998.");
        var ev = Assert.Single(Events(g, "Election"));
        Assert.False(In(g, ev, "Bolívar"));
        Assert.False(Takes(g, ev, "Place", "Bolívar"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void a_name_inside_an_aside_does_not_take_part()
    {
        var g = TestKnowledge.Extract("In 1997 the government of Hugo Chávez, a leader backed by Chile, privatized the water of Ciudad Guayana.");
        var ev = Assert.Single(Events(g, "Privatization"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
        Assert.False(Takes(g, ev, "Place", "Chile"));
    }

    [Fact]
    public void an_aside_right_after_the_trigger_describes_the_event_itself()
    {
        var g = TestKnowledge.Extract("The talks began after the failed coup of April 2002, which ended with Hugo Chávez restored to power.");
        var ev = Assert.Single(Events(g, "Coup"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void the_place_joined_to_the_trigger_wins_over_an_earlier_one()
    {
        var g = TestKnowledge.Extract("The book goes from the first occupations in Ciudad Guayana to the massacre at Bolívar in October 2003.");
        var ev = Assert.Single(Events(g, "Other"));
        Assert.True(In(g, ev, "Bolívar"));
    }

    [Fact]
    public void a_pronoun_does_not_stand_for_the_object_of_an_earlier_clause()
    {
        var g = TestKnowledge.Extract("Hugo Chávez led the army for years. In December 1998 he won the runoff against Henrique Salas Römer, and he took office in February 1999.");
        Assert.Contains(g.Entities, e => e is { Type: "Person", Name: "Henrique Salas Römer" });
        var ev = Assert.Single(Events(g, "Appointment"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
        Assert.False(Takes(g, ev, "Person", "Henrique Salas Römer"));
    }

    [Fact]
    public void a_resignation_forced_by_others_is_told()
    {
        var g = TestKnowledge.Extract("In April 2002 the generals forced President Hugo Chávez to resign.");
        var ev = Assert.Single(Events(g, "Other"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void a_trigger_noun_used_as_a_modifier_tells_no_event() =>
        Assert.Empty(Events(TestKnowledge.Extract("In 1994 Hugo Chávez denounced the treaty as a death sentence for the peoples of Venezuela."), "Other"));

    [Fact]
    public void a_chronology_entry_after_its_heading_may_open_with_its_trigger()
    {
        var g = TestKnowledge.Extract("December 19, 2001: Looting spreads in Ciudad Guayana.");
        var ev = Assert.Single(Events(g, "Protest"));
        Assert.True(In(g, ev, "Ciudad Guayana"));
    }

    [Fact]
    public void the_country_the_texts_places_lie_in_places_a_state_act()
    {
        var g = TestKnowledge.Extract("Hugo Chávez visited Chile. Chile sent envoys. Workers marched in Ciudad Guayana and in Bolívar, Venezuela. "
            + "In May 2007 the oil was nationalized.");
        var ev = Assert.Single(Events(g, "Nationalization"));
        Assert.True(In(g, ev, "Venezuela"));
    }

    [Fact]
    public void a_pronoun_stands_for_the_person_who_opened_the_sentence_before()
    {
        var g = TestKnowledge.Extract("Henrique Salas Römer lost the vote. Hugo Chávez, a soldier, was elected in December 1998. In May 2007 he nationalized the oil of Venezuela.");
        var ev = Assert.Single(Events(g, "Nationalization"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void a_place_inside_an_aside_does_not_place_the_event()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, then a deputy for Bolívar, signed the agreement in November 2019.");
        var ev = Assert.Single(Events(g, "Other"));
        Assert.False(In(g, ev, "Bolívar"));
    }

    [Fact]
    public void a_superlative_description_names_no_movement() =>
        Assert.DoesNotContain(TestKnowledge.Extract("The Bolivian Workers' Center, the largest social movement in Venezuela, marched.").Entities,
            e => e.Type == "Movement");

    [Fact]
    public void a_vote_only_made_possible_is_not_held()
    {
        var g = TestKnowledge.Extract("In November 2019 Hugo Chávez signed the agreement that opened the way to a constitutional plebiscite in Venezuela.");
        Assert.Empty(Events(g, "Election"));
        Assert.Single(Events(g, "Other"));
    }

    [Fact]
    public void a_chronology_told_in_the_present_tells_its_events()
    {
        var g = TestKnowledge.Extract("April 12, 2002: Hugo Chávez flees to Chile.");
        var ev = Assert.Single(Events(g, "Other"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
        Assert.Equal("2002-04-12", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void the_agent_of_a_participle_describing_a_noun_takes_no_part()
    {
        var g = TestKnowledge.Extract("In October 2019 thousands marched in Venezuela against the poverty left by the Bolivian Workers' Center.");
        var ev = Assert.Single(Events(g, "Protest"));
        Assert.False(Takes(g, ev, "Organization", "Bolivian Workers' Center"));
    }

    [Fact]
    public void the_agent_of_a_passive_trigger_takes_part()
    {
        var g = TestKnowledge.Extract("In April 2002 Hugo Chávez was ousted by the Bolivian Workers' Center in Venezuela.");
        var ev = Assert.Single(Events(g, "Coup"));
        Assert.True(Takes(g, ev, "Organization", "Bolivian Workers' Center"));
    }

    [Fact]
    public void a_happening_still_to_come_is_not_told()
    {
        var g = TestKnowledge.Extract("On December 23, 2001 Hugo Chávez said that Venezuela will default on its debt.");
        Assert.Empty(Events(g, "Collapse"));
    }
}
