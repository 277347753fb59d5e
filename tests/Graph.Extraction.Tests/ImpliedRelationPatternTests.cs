using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>Relation patterns for implied support, ownership and effect (relations/patterns.tsv), one behaviour each.</summary>
public class ImpliedRelationPatternTests
{
    private static bool Has(DocumentGraph g, string type, string subject, string obj) =>
        g.Relations.Any(r => r.Type == type
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == subject)
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == obj));

    [Fact]
    public void opening_a_term_with_a_policy_supports_it() =>
        Assert.True(Has(TestKnowledge.Extract("Luiz Inácio Lula da Silva began his term in 2003 with agrarian reform."),
            "SUPPORTED", "Luiz Inácio Lula da Silva", "agrarian reform"));

    [Fact]
    public void making_a_policy_national_supports_it() =>
        Assert.True(Has(TestKnowledge.Extract("In 1991 Luiz Inácio Lula da Silva made agrarian reform national."),
            "SUPPORTED", "Luiz Inácio Lula da Silva", "agrarian reform"));

    [Fact]
    public void a_company_named_with_its_owner_is_part_of_it() =>
        Assert.True(Has(TestKnowledge.Extract("The court took the Bolivian Workers' Center from its former owner, the Movement for Socialism, in 2012."),
            "PART_OF", "Bolivian Workers' Center", "Movement for Socialism"));

    [Fact]
    public void a_policy_pressed_on_a_place_affected_it() =>
        Assert.True(Has(TestKnowledge.Extract("They rejected the neoliberalism that foreign lenders pressed on Venezuela in the 1980s."),
            "AFFECTED", "neoliberalism", "Venezuela"));

    [Fact]
    public void a_place_where_a_policy_was_introduced_was_affected_by_it() =>
        Assert.True(Has(TestKnowledge.Extract("Chile was the first country where privatization was introduced."),
            "AFFECTED", "privatization", "Chile"));
}
