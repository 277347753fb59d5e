using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>When a gazetteer fact gives way to the text or to the document's date (relations/gazetteer-facts.tsv).</summary>
public class GazetteerFactPolicyTests
{
    private static bool Has(DocumentGraph g, string type, string subject, string obj) =>
        g.Relations.Any(r => r.Type == type
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == subject)
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == obj));

    // The test gazetteer holds Hugo Chávez LEADS Venezuela (president, 1999/2013).
    [Fact]
    public void a_presidency_begun_years_after_the_document_is_not_its_fact() =>
        Assert.False(Has(TestKnowledge.Extract("President Hugo Chávez spoke in Venezuela.", "1990"), "LEADS", "Hugo Chávez", "Venezuela"));

    [Fact]
    public void a_presidency_under_way_when_the_document_was_written_is_its_fact() =>
        Assert.True(Has(TestKnowledge.Extract("President Hugo Chávez spoke in Venezuela.", "2005"), "LEADS", "Hugo Chávez", "Venezuela"));

    [Fact]
    public void a_presidency_begun_within_a_year_of_the_document_is_kept() =>
        Assert.True(Has(TestKnowledge.Extract("President Hugo Chávez spoke in Venezuela.", "1998-06"), "LEADS", "Hugo Chávez", "Venezuela"));

    private static DocumentGraph ExtractWithMembership(string text) => SmallGazetteer.Extract(SmallGazetteer.Membership, text);

    [Fact]
    public void a_leadership_the_text_states_replaces_a_gazetteer_membership()
    {
        var g = ExtractWithMembership("Hugo Chávez, president of the Movement for Socialism, spoke in Venezuela.");
        Assert.True(Has(g, "LEADS", "Hugo Chávez", "Movement for Socialism"));
        Assert.False(Has(g, "MEMBER_OF", "Hugo Chávez", "Movement for Socialism"));
    }

    [Fact]
    public void a_gazetteer_membership_stays_when_the_text_states_no_other_tie() =>
        Assert.True(Has(ExtractWithMembership("Hugo Chávez and the Movement for Socialism won in Venezuela."),
            "MEMBER_OF", "Hugo Chávez", "Movement for Socialism"));
}
