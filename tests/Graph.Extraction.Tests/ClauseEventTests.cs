using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests;

/// <summary>Events per clause: several in one sentence, actors and dates from the trigger's own clause, references back.</summary>
public class ClauseEventTests
{
    private static readonly Ontology O = Ontology.Default;

    private static List<EntityRecord> Events(DocumentGraph g, string type) =>
        g.Entities.Where(e => e.Event?.EventType == type).ToList();

    private static bool Takes(DocumentGraph g, EntityRecord ev, string type, string name) =>
        g.Relations.Any(r => r.Type == O.ParticipationRelation && r.ObjectId == ev.Id && r.SubjectId == GraphIds.Entity(type, name));

    [Fact]
    public void coordinated_clauses_give_two_events_of_one_type_each_with_its_date()
    {
        var g = TestKnowledge.Extract("In 1998 Hugo Chávez resigned from the army, and in 2004 the Bolivian Workers' Center resigned from the pact.");
        Assert.Equal(["1998", "2004"], Events(g, "Other").Select(e => e.Event!.Date!.ToString()).Order().ToArray());
    }

    [Fact]
    public void participants_come_from_the_triggers_clause()
    {
        var g = TestKnowledge.Extract("Hugo Chávez spoke in Chile in 1998, while the Bolivian Workers' Center resigned from the pact.");
        var ev = Assert.Single(Events(g, "Other"));
        Assert.True(Takes(g, ev, "Organization", "Bolivian Workers' Center"));
        Assert.False(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void a_definite_mention_refers_back_to_the_event_told_before()
    {
        var g = TestKnowledge.Extract("In 2002 a coup briefly ousted Hugo Chávez in Venezuela. Years later Hugo Chávez still spoke of the coup.");
        var ev = Assert.Single(Events(g, "Coup"));
        Assert.Equal(2, ev.Mentions.Count);
    }

    [Fact]
    public void a_bare_definite_mention_without_an_antecedent_makes_no_event()
    {
        var g = TestKnowledge.Extract("In 2005 Hugo Chávez wrote a book. Hugo Chávez often spoke about the coup.");
        Assert.Empty(Events(g, "Coup"));
    }

    [Fact]
    public void a_negated_mention_makes_no_event()
    {
        var g = TestKnowledge.Extract("In 2005 Hugo Chávez chose neither a nationalization nor a reform in Venezuela.");
        Assert.Empty(Events(g, "Nationalization"));
    }

    [Fact]
    public void naming_something_a_coup_is_not_a_coup()
    {
        var g = TestKnowledge.Extract("In 2005 Hugo Chávez called the verdict a coup in Venezuela.");
        Assert.Empty(Events(g, "Coup"));
    }

    [Fact]
    public void a_pronoun_subject_takes_the_paragraphs_person()
    {
        var g = TestKnowledge.Extract("Hugo Chávez came from Barinas. In 1998 he was elected president.");
        var ev = Assert.Single(Events(g, "Election"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void a_date_joined_to_the_trigger_wins_over_an_earlier_one()
    {
        var g = TestKnowledge.Extract("In 2009 Hugo Chávez praised the Movement for Socialism, founded in 1997 in Venezuela.");
        var ev = Assert.Single(Events(g, "Founding"));
        Assert.Equal("1997", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void a_place_that_acts_is_also_a_participant()
    {
        var g = TestKnowledge.Extract("In 1991 Venezuela disappeared from the map.");
        var ev = Assert.Single(Events(g, "Collapse"));
        Assert.True(Takes(g, ev, "Place", "Venezuela"));
    }

    [Fact]
    public void the_government_acts_for_the_country_the_text_names_most()
    {
        var g = TestKnowledge.Extract("Venezuela changed. Hugo Chávez spoke in Venezuela. In 2003 the government legalized the dollar.");
        var ev = Assert.Single(Events(g, "Policy"));
        Assert.Contains(g.Relations, r => r.Type == O.EventPlaceRelation && r.SubjectId == ev.Id && r.ObjectId == GraphIds.Entity("Place", "Venezuela"));
    }

    [Fact]
    public void a_longer_non_event_phrase_blocks_its_trigger_word()
    {
        var g = TestKnowledge.Extract("In 2005 riot police guarded Hugo Chávez in Venezuela.");
        Assert.Empty(Events(g, "Protest"));
    }

    [Fact]
    public void two_happenings_of_one_type_and_date_stay_two_events()
    {
        var g = TestKnowledge.Extract("In 2006 Hugo Chávez renegotiated the debt, and he paid off the loans.");
        Assert.Equal(2, Events(g, "Other").Count);
    }

    [Fact]
    public void the_same_sentence_in_two_documents_names_the_same_event()
    {
        const string text = "In 2002 a coup briefly ousted Hugo Chávez in Venezuela.";
        var a = Assert.Single(Events(TestKnowledge.Extract(text), "Coup"));
        var b = Assert.Single(Events(TestKnowledge.Extract("Years later. " + text), "Coup"));
        Assert.Equal(a.Id, b.Id);
    }

    [Fact]
    public void a_pronoun_after_a_colon_takes_the_person_of_the_sentence()
    {
        var g = TestKnowledge.Extract("Simón Bolívar spoke first. In 2008 Hugo Chávez had moved to the left: he raised the minimum wage.");
        var ev = Assert.Single(Events(g, "Policy"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
        Assert.False(Takes(g, ev, "Person", "Simón Bolívar"));
    }

    [Fact]
    public void calling_a_strike_is_declaring_one()
    {
        var g = TestKnowledge.Extract("In 2003 the Bolivian Workers' Center called a general strike in Venezuela.");
        Assert.Single(Events(g, "Strike"));
    }
}
