using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>Topic cues (kind topic in relations/clause-cues.tsv): what a work is about, said of the work or of its author.</summary>
public class WorkTopicCueTests
{
    private const string Text = "Hugo Chávez wrote the book Poverty and Power. In it he examines neoliberalism in Venezuela, which later hurt Chile.";

    private static bool About(DocumentGraph g, string topic) =>
        g.Relations.Any(r => r.Type == "ABOUT"
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Type == "Work")
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == topic));

    [Fact]
    public void the_author_stands_for_the_work_he_wrote() => Assert.True(About(TestKnowledge.Extract(Text), "neoliberalism"));

    [Fact]
    public void a_topic_carries_on_past_in() => Assert.True(About(TestKnowledge.Extract(Text), "Venezuela"));

    [Fact]
    public void a_relative_clause_ends_the_topic() => Assert.False(About(TestKnowledge.Extract(Text), "Chile"));

    [Fact]
    public void an_author_without_a_work_in_the_text_gives_no_topic() =>
        Assert.DoesNotContain(TestKnowledge.Extract("Hugo Chávez examines neoliberalism in Venezuela.").Relations, r => r.Type == "ABOUT");

    [Fact]
    public void the_book_stands_for_the_one_work_named_before() =>
        Assert.True(About(TestKnowledge.Extract("Hugo Chávez wrote the book Poverty and Power. The book describes neoliberalism at length."), "neoliberalism"));
}
