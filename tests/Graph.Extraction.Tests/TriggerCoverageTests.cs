using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests;

/// <summary>Second-round triggers and the place of a state act; one behaviour each, on hand-made sentences.</summary>
public class TriggerCoverageTests
{
    private static readonly Ontology O = Ontology.Default;

    private static EntityRecord Single(DocumentGraph g, string type) => Assert.Single(g.Entities, e => e.Event?.EventType == type);

    [Fact]
    public void a_present_tense_sign_with_an_article_is_a_signing()
    {
        var g = TestKnowledge.Extract("2004. In Chile, Hugo Chávez and the Bolivian Workers' Center sign the pact.");
        Assert.Equal("2004", Single(g, "Other").Event!.Date?.ToString());
    }

    [Fact]
    public void an_armed_attack_on_a_place_is_war()
    {
        var g = TestKnowledge.Extract("In 1964 the army attacks the villages of Bolívar.");
        var ev = Single(g, "War");
        Assert.Contains(g.Relations, r => r.Type == O.EventPlaceRelation && r.SubjectId == ev.Id && r.ObjectId == GraphIds.Entity("Place", "Bolívar"));
    }

    [Fact]
    public void a_person_shot_while_doing_something_is_a_killing()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, shot while speaking in Chile in March 1980, survived in legend.");
        Assert.Equal("1980-03", Single(g, "Other").Event!.Date?.ToString());
    }

    [Fact]
    public void a_nationalization_without_place_or_actor_happens_in_the_country_the_text_is_about()
    {
        var g = TestKnowledge.Extract("Venezuela changed. Venezuela grew. In 2007 came the renationalization of the oil fields.");
        var ev = Single(g, "Nationalization");
        Assert.Contains(g.Relations, r => r.Type == O.EventPlaceRelation && r.SubjectId == ev.Id && r.ObjectId == GraphIds.Entity("Place", "Venezuela"));
    }

    [Fact]
    public void a_policy_without_place_or_actor_is_still_dropped()
    {
        var g = TestKnowledge.Extract("Venezuela changed. Venezuela grew. In 2003 a literacy campaign was launched.");
        Assert.DoesNotContain(g.Entities, e => e.Event?.EventType == "Policy");
    }
}
