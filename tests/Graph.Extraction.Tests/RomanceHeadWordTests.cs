using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>Spanish and Portuguese names the gazetteer lacks are typed by the head word they open with.</summary>
public class RomanceHeadWordTests
{
    private static EntityRecord Entity(DocumentGraph g, string name) => g.Entities.Single(e => e.Name == name);

    [Fact]
    public void a_spanish_body_is_typed_by_its_first_word() =>
        Assert.Equal("Organization", Entity(TestKnowledge.Extract("The Colegio de Maestros Rurales called a strike."), "Colegio de Maestros Rurales").Type);

    [Fact]
    public void a_head_word_after_de_does_not_decide_the_type() =>
        Assert.Equal("Place", Entity(TestKnowledge.Extract("Thousands gathered in the Plaza de la Unión Vecinal."), "Plaza de la Unión Vecinal").Type);

    [Fact]
    public void a_portuguese_body_is_typed_by_its_head() =>
        Assert.Equal("Organization", Entity(TestKnowledge.Extract("The Federação dos Trabalhadores Rurais marched."), "Federação dos Trabalhadores Rurais").Type);

    [Fact]
    public void a_dictatorship_named_after_its_dictator_is_no_organization()
    {
        var g = TestKnowledge.Extract("Inequality grew under the Hugo Chávez dictatorship.");
        Assert.DoesNotContain(g.Entities, e => e.Type == "Organization");
        Assert.Contains(g.Entities, e => e is { Type: "Person", Name: "Hugo Chávez" });
    }
}
