using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests;

/// <summary>
/// Trigger senses, types and dates learned from texts no event rule was tuned on, each on a hand-made sentence; one
/// behaviour each.
/// </summary>
public class HeldOutEventSenseTests
{
    private static readonly Ontology O = Ontology.Default;

    private static List<EntityRecord> Events(DocumentGraph g, string type) => g.Entities.Where(e => e.Event?.EventType == type).ToList();

    private static bool Takes(DocumentGraph g, EntityRecord ev, string type, string name) =>
        g.Relations.Any(r => r.Type == O.ParticipationRelation && r.ObjectId == ev.Id && r.SubjectId == GraphIds.Entity(type, name));

    [Fact]
    public void closing_congress_and_setting_the_constitution_aside_is_one_self_coup()
    {
        var g = TestKnowledge.Extract("April 5, 1992. Hugo Chávez dissolves Congress and suspends the constitution in Venezuela.");
        var coup = Assert.Single(Events(g, "Coup"));
        Assert.Equal("1992-04-05", coup.Event!.Date?.ToString());
        Assert.Empty(Events(g, "Collapse"));
        Assert.Empty(Events(g, "Other"));
    }

    [Fact]
    public void becoming_president_by_defeating_a_rival_is_an_election()
    {
        var g = TestKnowledge.Extract("June 1990. Hugo Chávez defeats the Movement for Socialism and becomes president of Venezuela.");
        var ev = Assert.Single(Events(g, "Election"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
        Assert.Empty(Events(g, "Appointment"));
    }

    [Fact]
    public void becoming_president_with_no_rival_beaten_stays_an_appointment()
    {
        var g = TestKnowledge.Extract("Hugo Chávez became president of Venezuela in May 2003, after his rival withdrew from the runoff.");
        Assert.Single(Events(g, "Appointment"));
    }

    [Fact]
    public void becoming_interim_president_is_an_appointment() =>
        Assert.Single(Events(TestKnowledge.Extract("November 2000. Simón Bolívar becomes interim president of Venezuela."), "Appointment"));

    [Fact]
    public void a_kidnapping_is_a_happening()
    {
        var g = TestKnowledge.Extract("Hugo Chávez was kidnapped by paramilitaries in Venezuela in 1999.");
        var ev = Assert.Single(Events(g, "Other"));
        Assert.Equal("1999", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void a_coup_one_is_accused_of_plotting_did_not_happen() =>
        Assert.Empty(Events(TestKnowledge.Extract("In 2017 Hugo Chávez accused the Movement for Socialism of plotting a coup in Venezuela."), "Coup"));

    [Fact]
    public void every_election_is_a_habit_not_one_election() =>
        Assert.Empty(Events(TestKnowledge.Extract("The COB campaigned for Hugo Chávez in every election from 1989."), "Election"));

    [Fact]
    public void a_demanded_expropriation_is_not_one() =>
        Assert.Empty(Events(TestKnowledge.Extract("In 1988 the COB demands the expropriation of idle estates in Venezuela."), "Nationalization"));

    [Fact]
    public void calling_early_elections_is_not_the_election() =>
        Assert.Empty(Events(TestKnowledge.Extract("June 26, 2002. Hugo Chávez calls early elections in Venezuela."), "Election"));

    [Fact]
    public void a_march_named_after_what_follows_is_a_protest_not_a_month()
    {
        var g = TestKnowledge.Extract("July 2000. Hugo Chávez calls the March of the Four Suyos in Venezuela.");
        var ev = Assert.Single(Events(g, "Protest"));
        Assert.Equal("2000-07", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void a_numbered_decree_is_a_policy() =>
        Assert.Single(Events(TestKnowledge.Extract("In 2019 the COB rejected Decree 883 of Hugo Chávez in Venezuela."), "Policy"));

    [Fact]
    public void organizations_that_unite_as_a_new_one_found_it()
    {
        var g = TestKnowledge.Extract("February 1982. Four guerrilla organizations unite as the Movement for Socialism in Venezuela.");
        var ev = Assert.Single(Events(g, "Founding"));
        Assert.True(Takes(g, ev, "Organization", "Movement for Socialism"));
    }

    [Fact]
    public void receiving_the_nobel_prize_is_a_happening() =>
        Assert.Single(Events(TestKnowledge.Extract("1992. Hugo Chávez receives the Nobel Peace Prize in Venezuela."), "Other"));

    [Fact]
    public void villages_razed_are_a_happening() =>
        Assert.Single(Events(TestKnowledge.Extract("March 1982. The army of Hugo Chávez razes hundreds of villages in Bolívar."), "Other"));

    [Fact]
    public void naming_someone_to_an_office_is_an_appointment()
    {
        var g = TestKnowledge.Extract("January 1, 2002. The Movement for Socialism names Hugo Chávez president of Venezuela.");
        var ev = Assert.Single(Events(g, "Appointment"));
        Assert.True(Takes(g, ev, "Person", "Hugo Chávez"));
    }

    [Fact]
    public void banging_pots_is_a_protest() =>
        Assert.Single(Events(TestKnowledge.Extract("December 19, 2001. Neighbours banging pots fill the streets of Ciudad Guayana."), "Protest"));

    [Fact]
    public void a_killing_told_in_the_present_is_a_happening() =>
        Assert.Single(Events(TestKnowledge.Extract("June 26, 2002. Police kill the miners of the COB in Bolívar."), "Other"));

    [Fact]
    public void a_killing_only_attempted_is_none() =>
        Assert.Empty(Events(TestKnowledge.Extract("In 2002 officers of the COB tried to kill the leaders in Bolívar."), "Other"));

    [Fact]
    public void an_undated_founding_told_before_its_dated_telling_is_the_same_founding()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, a founder of the Movement for Socialism, spoke often of land. "
            + "The Movement for Socialism was founded in Venezuela in 1997.");
        var ev = Assert.Single(Events(g, "Founding"));
        Assert.Equal("1997", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void unnamed_people_of_the_country_protest_in_it()
    {
        var g = TestKnowledge.Extract("Hugo Chávez governed Venezuela for years. In April 2018 students and pensioners rose against a reform of the pension system.");
        var ev = Assert.Single(Events(g, "Protest"));
        Assert.Contains(g.Relations, r => r.Type == O.EventPlaceRelation && r.SubjectId == ev.Id && r.ObjectId == GraphIds.Entity("Place", "Venezuela"));
    }

    [Fact]
    public void a_capture_by_the_police_is_a_happening() =>
        Assert.Single(Events(TestKnowledge.Extract("September 12, 1992. Police capture Hugo Chávez in a safe house in Bolívar."), "Other"));

    [Fact]
    public void the_war_in_a_later_chronology_entry_is_the_war_told_before() =>
        Assert.Single(Events(TestKnowledge.Extract("December 1990. The civil war in Venezuela ends with an accord.\n\n"
            + "April 1998. Hugo Chávez is murdered two days after presenting the report on the war."), "War"));

    private const string Undated = "The COB called a strike in Venezuela.";

    [Fact]
    public void a_report_dates_an_undated_happening_by_its_own_date()
    {
        var doc = new Document("report", "Report", EdtfDate.Parse("2019-10"), "Report from the field", "txt", Undated);
        var ev = Assert.Single(Events(TestKnowledge.Pipeline.Extract(doc), "Strike"));
        Assert.Equal("2019-10", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void an_essay_lends_no_date_to_an_undated_happening()
    {
        var doc = new Document("essay", "Essay", EdtfDate.Parse("2019-10"), "Essay excerpt", "txt", Undated);
        var ev = Assert.Single(Events(TestKnowledge.Pipeline.Extract(doc), "Strike"));
        Assert.Null(ev.Event!.Date);
    }

    private static DocumentGraph Report(string text) =>
        TestKnowledge.Pipeline.Extract(new Document("report", "Report", EdtfDate.Parse("2019-10"), "Report from the field", "txt", text));

    [Fact]
    public void a_span_left_open_is_not_carried_to_the_next_sentence()
    {
        var ev = Assert.Single(Events(Report("The COB has led every protest in the country since 1990. The COB called a strike in Venezuela."), "Strike"));
        Assert.Equal("2019-10", ev.Event!.Date?.ToString());
    }

    [Fact]
    public void a_report_dates_a_numbered_decree_by_its_own_date()
    {
        var ev = Assert.Single(Events(Report("The COB marched to reject Decree 883 of Hugo Chávez in Venezuela."), "Policy"));
        Assert.Equal("2019-10", ev.Event!.Date?.ToString());
    }
}
