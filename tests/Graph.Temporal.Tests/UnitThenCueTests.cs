using Graph.Core.Dates;
using Graph.Extraction.Temporal;

namespace Graph.Temporal.Tests;

/// <summary>"the year before", "the month after": one unit from the narrative's latest date.</summary>
public sealed class UnitThenCueTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();

    private static string[] Values(string text) => Tagger.Tag(text, null).Select(e => e.Value.ToString()).ToArray();

    [Fact]
    public void The_year_before_at_a_phrase_end_is_the_year_preceding_the_anchor() =>
        Assert.Equal(["2003-04", "2002"], Values("In April 2003 the doctors, who had struck the year before, stayed away."));

    [Fact]
    public void The_month_after_at_a_phrase_end_is_the_month_following_the_anchor() =>
        Assert.Equal(["2003-04", "2003-05"], Values("In April 2003 the union formed; it struck the month after."));

    [Fact]
    public void The_year_after_an_event_phrase_is_not_read_from_the_latest_date() =>
        Assert.Equal(["2003-04"], Values("In April 2003 the union formed, and the year after the coup it struck."));
}
