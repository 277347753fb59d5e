using Graph.Core.Identity;
using Graph.Core.Schema;

namespace Graph.Extraction.Tests;

public class CitationEventTests
{
    [Fact]
    public void a_title_with_its_publisher_in_brackets_is_a_publication()
    {
        var g = TestKnowledge.Extract("Hugo Chávez, in the book A World to Build (Monthly Review Press, 2015), looks back.");
        var ev = Assert.Single(g.Entities, e => e.Event?.EventType == "Publication");
        Assert.Equal("2015", ev.Event!.Date?.ToString());
        Assert.Contains(g.Relations, r => r.Type == Ontology.Default.ParticipationRelation && r.ObjectId == ev.Id
            && r.SubjectId == GraphIds.Entity("Person", "Hugo Chávez"));
    }
}
