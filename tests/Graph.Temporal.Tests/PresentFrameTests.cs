using Graph.Core.Dates;
using Graph.Extraction.Temporal;

namespace Graph.Temporal.Tests;

/// <summary>Which year a bare month-day takes: the narrative's, or the document's once the text speaks from the present.</summary>
public sealed class PresentFrameTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();

    private static string[] Values(string text, string? documentDate) =>
        Tagger.Tag(text, documentDate is null ? null : EdtfDate.Parse(documentDate)).Select(e => e.Value.ToString()).ToArray();

    [Fact]
    public void A_report_about_the_present_reads_a_later_paragraph_month_day_in_the_document_year() =>
        Assert.Equal(["2012-06", "2008-04-20", "2012-06-15"],
            Values("Last month the congress removed him.\n\nHe was elected on April 20, 2008.\n\nThe crisis came on June 15.", "2012-07"));

    [Fact]
    public void A_year_only_aside_does_not_pull_a_present_report_into_the_past() =>
        Assert.Equal(["2009-06-01", "1981", "2009-03-15"],
            Values("On June 1 he took office, ending rule by the party founded in 1981. He won the election of March 15.", "2009-06"));

    [Fact]
    public void A_narrative_running_month_by_month_in_the_same_paragraph_keeps_its_year() =>
        Assert.Equal(["1973", "1973-09", "1973-09-11"],
            Values("Thirty years ago, in September 1973, the army moved. On September 11 it bombed the palace.", "2003-10"));

    [Fact]
    public void Without_a_present_frame_the_narrative_year_holds_across_paragraphs() =>
        Assert.Equal(["1995", "1995-06-28"], Values("In 1995 the march reached the capital.\n\nOn June 28 the police charged.", "2010-07"));

    [Fact]
    public void Years_ago_this_month_is_that_month_years_back() =>
        Assert.Equal(["1989-02"], Values("Twenty years ago this month the riots began.", "2009-02"));

    [Fact]
    public void A_month_after_a_two_word_cue_is_a_date() =>
        Assert.Equal(["2012-06"], Values("The presidents met at the end of June.", "2012-07"));

    [Fact]
    public void That_decade_is_the_decade_last_spoken_of() =>
        Assert.Equal(["2011", "199X", "199X"], Values("In 2011 she looked back at the 1990s. The sale was typical of that decade.", "2012"));

    [Theory]
    [InlineData("They vote again next April.", "2013-04")]
    [InlineData("They voted last April.", "2012-04")]
    [InlineData("They vote again next September.", "2012-09")]
    public void Next_or_last_month_is_placed_from_the_document_date(string text, string expected) =>
        Assert.Equal([expected], Values(text, "2012-07"));

    [Fact]
    public void Within_days_is_the_anchors_month() =>
        Assert.Equal(["2006-06-14", "2006-06"], Values("On June 14, 2006 the police charged. Within days the assembly formed.", null));
}
