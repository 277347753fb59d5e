using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests;

/// <summary>Events told without a verb of their own, told twice, or dated through another; one behaviour each.</summary>
public class EventRecallTests
{
    private static readonly Ontology O = Ontology.Default;

    private static List<EntityRecord> Events(DocumentGraph g, string type) => g.Entities.Where(e => e.Event?.EventType == type).ToList();

    private static bool Takes(DocumentGraph g, EntityRecord ev, string type, string name) =>
        g.Relations.Any(r => r.Type == O.ParticipationRelation && r.ObjectId == ev.Id && r.SubjectId == GraphIds.Entity(type, name));

    [Fact]
    public void a_work_introduced_with_its_author_was_published_by_that_author()
    {
        var g = TestKnowledge.Extract("Marta Harnecker is a Chilean thinker. In A World to Build, she grapples with an old question.");
        var ev = Assert.Single(Events(g, "Publication"));
        Assert.True(Takes(g, ev, "Person", "Marta Harnecker"));
        Assert.Null(ev.Event!.Date);
    }

    [Fact]
    public void a_work_named_without_any_author_tells_no_publication() =>
        Assert.Empty(Events(TestKnowledge.Extract("In A World to Build, the old question returns."), "Publication"));

    [Fact]
    public void an_undated_retelling_at_the_same_place_is_the_dated_event_again()
    {
        var g = TestKnowledge.Extract("In 1991 the old order collapsed in Venezuela. Critics say the old order collapsed in Venezuela because of debt.");
        var ev = Assert.Single(Events(g, "Collapse"));
        Assert.Equal("1991", ev.Event!.Date?.ToString());
        Assert.Equal(2, ev.Mentions.Count);
    }

    [Fact]
    public void a_happening_after_a_dated_one_keeps_only_its_year()
    {
        var g = TestKnowledge.Extract("Her interviews with Hugo Chávez began soon after the coup of April 2002.");
        Assert.Equal("2002", Assert.Single(Events(g, "Other")).Event!.Date?.ToString());
        Assert.Equal("2002-04", Assert.Single(Events(g, "Coup")).Event!.Date?.ToString());
    }

    [Fact]
    public void a_firm_shedding_its_workforce_is_an_event() =>
        Assert.Single(Events(TestKnowledge.Extract("In 2001 the Bolivian Workers' Center downsized to a few hundred staff."), "Other"));

    [Fact]
    public void talking_to_someone_is_no_negotiation() =>
        Assert.Empty(Events(TestKnowledge.Extract("In 2005 Hugo Chávez talks to Marta Harnecker about Venezuela."), "Other"));

    [Fact]
    public void a_present_tense_founding_in_a_chronology_is_a_founding() =>
        Assert.Single(Events(TestKnowledge.Extract("1985. Hugo Chávez founds the Movement for Socialism in Venezuela."), "Founding"));

    [Fact]
    public void making_a_programme_national_is_a_policy_act()
    {
        var g = TestKnowledge.Extract("Venezuela grew. In 2003 Hugo Chávez made the literacy program national.");
        var ev = Assert.Single(Events(g, "Policy"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void taking_a_country_into_a_bloc_is_its_own_act_beside_another_policy_of_the_list()
    {
        var g = TestKnowledge.Extract("Hugo Chávez raised the minimum wage, took Chile into the Movement for Socialism in 2008, and left.");
        Assert.Equal(2, Events(g, "Policy").Count);
    }

    [Fact]
    public void taking_something_into_account_tells_no_event() =>
        Assert.Empty(Events(TestKnowledge.Extract("In 2008 Hugo Chávez took the vote into account."), "Policy"));

    [Fact]
    public void a_happening_done_instead_of_another_tells_only_the_first()
    {
        var g = TestKnowledge.Extract("In 2016 the Congress of Chile ratified the accord instead of calling a second referendum.");
        Assert.Empty(Events(g, "Election"));
        Assert.Single(Events(g, "Policy"));
    }

    [Fact]
    public void the_country_of_the_title_is_the_home_of_a_placeless_event()
    {
        var doc = new Document("t", "A Chronology of Chile's Peace", null, null, "txt",
            "Venezuela and Venezuela again were guarantors. Chile signed. In 2016 the Bolivian Workers' Center ratified the accord.");
        var g = TestKnowledge.Pipeline.Extract(doc);
        var ev = Assert.Single(Events(g, "Policy"));
        Assert.Contains(g.Relations, r => r.Type == O.EventPlaceRelation && r.SubjectId == ev.Id && r.ObjectId == GraphIds.Entity("Place", "Chile"));
    }

    [Fact]
    public void a_war_known_by_its_name_is_a_war_and_its_name_holds_no_place()
    {
        var g = TestKnowledge.Extract("Chile took the coastline of Venezuela in the War of the Bolívar Coast.");
        var ev = Assert.Single(Events(g, "War"));
        Assert.True(Takes(g, ev, "Place", "Chile"));
        Assert.DoesNotContain(g.Entities, e => e.Name == "Bolívar");
    }

    [Fact]
    public void a_promised_happening_is_none_yet() =>
        Assert.Empty(Events(TestKnowledge.Extract("In Chile, Hugo Chávez has promised a binding referendum on gas."), "Election"));

    [Fact]
    public void decades_of_war_as_background_date_no_war() =>
        Assert.Empty(Events(TestKnowledge.Extract("After decades of war in Chile, the Bolivian Workers' Center has signed the pact."), "War"));

    [Fact]
    public void an_agreement_creating_a_body_tells_its_founding()
    {
        var g = TestKnowledge.Extract("In 2004 in Chile they signed the agreement creating the Movement for Socialism.");
        Assert.True(Takes(g, Assert.Single(Events(g, "Founding")), "Organization", "Movement for Socialism"));
    }

    [Fact]
    public void living_in_exile_is_a_state_and_going_into_exile_an_event()
    {
        Assert.Empty(Events(TestKnowledge.Extract("In 1990 Hugo Chávez wrote poems in exile in Chile."), "Other"));
        Assert.Single(Events(TestKnowledge.Extract("In 1990 Hugo Chávez went into exile in Chile."), "Other"));
    }

    [Fact]
    public void a_chronology_entry_dated_apart_tells_a_second_event_of_a_definite_mention()
    {
        var g = TestKnowledge.Extract("February 4, 1992. Hugo Chávez led a coup in Venezuela.\n\nNovember 27, 1992. Officers tried again, but the coup failed in Venezuela.");
        Assert.Equal(["1992-02-04", "1992-11-27"], Events(g, "Coup").Select(e => e.Event!.Date!.ToString()).Order().ToArray());
    }

    [Fact]
    public void a_definite_mention_beside_another_happenings_date_refers_back()
    {
        var g = TestKnowledge.Extract("In 1973 a coup ended democracy in Chile. Read now, it tells of the strike of 1972 in Chile, and finally the coup.");
        Assert.Single(Events(g, "Coup"));
    }

    [Fact]
    public void a_work_merely_cited_beside_a_person_tells_no_publication() =>
        Assert.Empty(Events(TestKnowledge.Extract("In Chile, Hugo Chávez often quoted the book Don Quixote of La Mancha."), "Publication"));
}
