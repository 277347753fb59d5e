using Graph.Core.Schema;
using Graph.Extraction.Knowledge;

namespace Graph.Extraction.Tests;

/// <summary>The surface syntax of relations/patterns.tsv (RelationPatternParser).</summary>
public class RelationPatternSyntaxTests
{
    [Fact]
    public void an_escaped_bracket_inside_alternatives_does_not_close_them()
    {
        var elements = RelationPatternParser.Parse(@"{S:Work} \( {O:Organization} (\)|,)", "test", Ontology.Default);
        var last = Assert.IsType<LiteralElement>(elements[^1]);
        Assert.Equal([")", ","], last.Alternatives.Select(a => Assert.Single(a)));
    }

    [Fact]
    public void an_unclosed_group_names_the_pattern() =>
        Assert.Contains("never closed", Assert.Throws<KnowledgeFormatException>(
            () => RelationPatternParser.Parse(@"{S:Work} (by|from {O:Person}", "test", Ontology.Default)).Message);
}
