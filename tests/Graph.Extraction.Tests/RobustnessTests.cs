using CsCheck;
using Graph.Core.Schema;
using Graph.Core.Validation;

namespace Graph.Extraction.Tests;

public class RobustnessTests
{
    private static readonly string[] Fragments =
    [
        "Hugo Chávez", " (CVG) ", "<p>", "</div>", "&amp;", "“", "”", "...", "…", " — ", "–", "U.S.", "Gen. ", "J. R. R. ",
        "\n\n", "\t", "'s", "’", "(", ")", "[", "]", "{S:Person}", "in 1999", "coup", " of ", "Movement-", "ñ", "\u0301",
        "\ud83d\ude00", "\u200b", "0", "Ⅻ", "ß", "İ",
    ];

    private static readonly Gen<string> Texts = Gen.OneOf(
        Gen.String,
        Gen.Char.Array[0, 400].Select(cs => new string(cs)),
        Gen.Int[0, Fragments.Length - 1].Select(i => Fragments[i]).Array[0, 60].Select(parts => string.Concat(parts)),
        Gen.Char['A', 'z'].Array[5000, 20000].Select(cs => new string(cs)));

    [Fact]
    public void any_text_extracts_and_every_span_lies_inside_it() =>
        Texts.Sample(text =>
        {
            var g = TestKnowledge.Extract(text);
            foreach (var span in g.Entities.SelectMany(e => e.Mentions).Concat(g.Relations.SelectMany(r => r.Evidence)))
            {
                Assert.InRange(span.Start, 0, text.Length);
                Assert.InRange(span.End, span.Start, text.Length);
                Assert.InRange(span.Confidence, 0, 1);
            }
        }, iter: 300);

    [Fact]
    public void output_passes_the_shared_input_validator()
    {
        var text = "Hugo Chávez, president of Venezuela, opposed neoliberalism. In 2002 a coup failed in Venezuela. " +
                   "The Venezuelan Corporation of Guyana (CVG) and the COB backed him in Ciudad Guayana, Bolívar.";
        var g = TestKnowledge.Extract(text);
        new GraphInputValidator(Ontology.Default).Validate(g);
    }

    [Fact]
    public void extraction_is_deterministic()
    {
        const string text = "Hugo Chávez opposed neoliberalism in Venezuela in 2002. Chávez spoke in Chile.";
        var a = TestKnowledge.Extract(text);
        var b = TestKnowledge.Extract(text);
        Assert.Equal(a.Entities.Select(e => e.Id), b.Entities.Select(e => e.Id));
        Assert.Equal(a.Relations.Select(r => (r.Type, r.SubjectId, r.ObjectId)), b.Relations.Select(r => (r.Type, r.SubjectId, r.ObjectId)));
    }
}
