using Graph.Core.Dates;
using Graph.Extraction.Temporal;

namespace Graph.Temporal.Tests;

/// <summary>How relative expressions depend on the document date and on the narrative's latest date.</summary>
public sealed class ResolutionTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();

    private static string[] Values(string text, string? documentDate) =>
        Tagger.Tag(text, documentDate is null ? null : EdtfDate.Parse(documentDate)).Select(e => e.Value.ToString()).ToArray();

    [Theory]
    [InlineData("The movement began twenty years ago.")]
    [InlineData("Elections were held last year.")]
    [InlineData("Wages fell over the past sixteen years.")]
    [InlineData("Prices rose this month.")]
    public void A_document_relative_expression_is_dropped_without_a_document_date(string text) =>
        Assert.Empty(Tagger.Tag(text, null));

    [Fact]
    public void A_month_relative_expression_is_dropped_when_the_document_date_has_no_month() =>
        Assert.Empty(Tagger.Tag("Prices rose last month.", EdtfDate.Parse("2009")));

    [Fact]
    public void A_narrative_relative_expression_is_dropped_without_an_earlier_date() =>
        Assert.Empty(Tagger.Tag("Two years later the party split.", EdtfDate.Parse("2010")));

    [Fact]
    public void A_month_day_without_year_takes_the_document_year_when_the_narrative_has_none() =>
        Assert.Equal(["2010-06-28"], Values("On June 28 the police charged.", "2010-07"));

    [Fact]
    public void A_month_day_without_any_year_in_view_is_dropped() =>
        Assert.Empty(Tagger.Tag("On June 28 the police charged.", null));

    [Fact]
    public void A_resolved_relative_date_becomes_the_anchor_for_the_next() =>
        Assert.Equal(["1990", "1992"], Values("Twenty years ago the party was founded. Two years later it split.", "2010"));

    [Fact]
    public void A_decade_does_not_become_the_narrative_anchor() =>
        Assert.Equal(["1985", "199X", "1987"], Values("In 1985 the union formed; in the 1990s it grew. Two years later it had struck.", null));

    [Fact]
    public void The_anchor_is_the_latest_date_in_text_order_not_the_latest_in_time() =>
        Assert.Equal(["2002", "1990", "1991"], Values("In 2002 he recalled 1990. The following year he had joined.", null));

    [Fact]
    public void A_decade_word_takes_the_latest_century_not_after_the_document_date() =>
        Assert.Equal(["192X"], Values("Unions date from the twenties.", "2010"));

    [Fact]
    public void A_two_digit_decade_takes_the_century_nearest_the_narrative() =>
        Assert.Equal(["197X", "1980~/1983~"], Values("During the 1970s and early ’80s the junta ruled.", null));

    [Fact]
    public void A_two_digit_decade_is_never_after_the_document_date() =>
        Assert.Equal(["2005", "199X"], Values("In 2005 he looked back at the ’90s.", "2008"));

    [Fact]
    public void A_two_digit_decade_after_a_decade_continues_forward() =>
        Assert.Equal(["200X/201X"], Values("Growth slowed in the 2000s and ’10s.", null));

    [Fact]
    public void A_day_shift_from_a_year_anchor_keeps_the_year() =>
        Assert.Equal(["1986", "1986"], Values("The strike began in 1986. The next day it spread.", null));

    [Fact]
    public void A_month_shift_across_a_year_end_rolls_the_year() =>
        Assert.Equal(["1990-11", "1991-03"], Values("It began in November 1990. Four months later it ended.", null));

    [Fact]
    public void A_shift_before_year_one_is_dropped() =>
        Assert.Equal(["1990"], Values("It began in 1990. Five thousand years earlier nothing.", null));

    [Fact]
    public void Relative_is_set_for_resolved_expressions_and_not_for_absolute_ones()
    {
        var found = Tagger.Tag("The party was founded in 1990. Two years later it split, last year it won.", EdtfDate.Parse("2010"));
        Assert.Equal([false, true, true], found.Select(e => e.Relative));
    }

    [Fact]
    public void A_reversed_range_is_not_inverted_but_its_dates_are_kept() =>
        Assert.Equal(["2013", "1999"], Values("It ran from 2013 to 1999.", null));

    [Fact]
    public void Recent_decades_span_a_few_decades_to_the_document_year() =>
        Assert.Equal(["1986~/2016"], Values("Politics changed in recent decades.", "2016-01"));

    [Fact]
    public void Expressions_come_in_text_order_with_their_offsets()
    {
        const string text = "From 1999 to 2013 he governed; in 2015 he died.";
        var found = Tagger.Tag(text, null);
        Assert.Equal([(0, 17), (34, 38)], found.Select(e => (e.Start, e.End)));
        Assert.All(found, e => Assert.Equal(text[e.Start..e.End], e.Text));
    }

    [Fact]
    public void A_chronology_heading_year_governs_the_months_of_its_entry() =>
        Assert.Equal(["2001-12-03", "2003", "2001-12/..", "2003-04", "2003-05"],
            Values("December 3, 2001: Deposits are frozen.\n\n2003: The plant, occupied since December 2001, is cleared in April; he wins in May.", null));

    [Fact]
    public void A_heading_governs_only_its_own_entry() =>
        Assert.Equal(["2003", "2001", "2001-04"],
            Values("2003: The plant is cleared.\n\nIn 2001 the workers had struck. In April they occupied it.", null));

    [Fact]
    public void A_year_followed_by_a_determiner_and_a_count_noun_is_still_a_year() =>
        Assert.Equal(["1989"], Values("In 1989 the workers rebelled.", null));

    [Fact]
    public void A_year_that_does_not_open_its_line_is_no_heading() =>
        Assert.Equal(["2003", "2001-12/..", "2001-04"],
            Values("In 2003 the plant, occupied since December 2001, was cleared. In April the workers left.", null));
}
