using Graph.Core.Model;

namespace Graph.Extraction.Tests;

/// <summary>
/// Gazetteer memberships need both names near each other (max_sentence_gap in relations/gazetteer-facts.tsv).
/// </summary>
public class GazetteerFactGapTests
{
    private static bool HasMembership(string text)
    {
        var g = SmallGazetteer.Extract(SmallGazetteer.Membership, text);
        return g.Relations.Any(r => r.Type == "MEMBER_OF"
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == "Hugo Chávez")
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == "Movement for Socialism"));
    }

    [Fact]
    public void membership_named_in_neighbouring_sentences_is_kept() =>
        Assert.True(HasMembership("Hugo Chávez spoke in Venezuela. The Movement for Socialism listened."));

    [Fact]
    public void membership_named_far_apart_is_dropped() =>
        Assert.False(HasMembership(
            "Hugo Chávez spoke in Venezuela. The crowd was large. The weather was hot. The Movement for Socialism met later."));
}
