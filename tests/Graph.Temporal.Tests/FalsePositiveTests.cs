using Graph.Core.Dates;
using Graph.Extraction.Temporal;

namespace Graph.Temporal.Tests;

/// <summary>Numbers that count things, month names that are words or names, and phrases that only look temporal.</summary>
public sealed class FalsePositiveTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();
    private static readonly EdtfDate Document = EdtfDate.Parse("2010-06-15");

    [Theory]
    [InlineData("The plant has 4,000 direct employees.")]
    [InlineData("Some 20,000 people marched to the square.")]
    [InlineData("The state paid $1997 for each hectare.")]
    [InlineData("The army sent 2000 soldiers to the border.")]
    [InlineData("The mine laid off 1600 direct employees.")]
    [InlineData("Turnout rose by 1995% in one town.")]
    [InlineData("The budget grew to 1,997 million.")]
    [InlineData("Inflation reached 1999.5 points.")]
    [InlineData("Prices were 1499 and 2100 in the two towns.")]
    [InlineData("The union counted 1800 members and 1500 votes.")]
    public void A_number_that_counts_things_is_not_a_year(string text) =>
        Assert.Empty(Tagger.Tag(text, Document));

    [Theory]
    [InlineData("Decree 1500 nationalised the mines.")]
    [InlineData("See No. 1999 of the gazette.")]
    [InlineData("The convoy took Route 2001 north.")]
    public void A_number_after_an_identifier_label_is_not_a_year(string text) =>
        Assert.Empty(Tagger.Tag(text, Document));

    [Fact]
    public void A_label_word_does_not_hide_a_year_after_of() =>
        Assert.Equal("1999", Assert.Single(Tagger.Tag("The law of 1999 was repealed.", null)).Value.ToString());

    [Theory]
    [InlineData("Theresa May spoke to the press.")]
    [InlineData("The leaders may meet again soon.")]
    [InlineData("May the movement grow.")]
    [InlineData("She met them in May's office.")]
    public void May_without_a_day_or_year_is_a_verb_or_a_name(string text) =>
        Assert.Empty(Tagger.Tag(text, Document));

    [Fact]
    public void The_March_on_Washington_is_an_event_name_not_a_month() =>
        Assert.Empty(Tagger.Tag("Organisers recalled the March on Washington as a model.", Document));

    [Fact]
    public void A_decade_word_without_the_is_an_age() =>
        Assert.Empty(Tagger.Tag("The leaders, now in their sixties, retired.", Document));

    [Fact]
    public void A_two_digit_decade_without_the_or_an_apostrophe_is_an_age() =>
        Assert.Empty(Tagger.Tag("The founders, now in their 80s, still marched.", Document));

    [Fact]
    public void The_last_year_of_something_is_not_a_span_to_the_document_date() =>
        Assert.Empty(Tagger.Tag("The last year of the war was the hardest.", Document));

    [Fact]
    public void Lower_case_month_words_are_not_months() =>
        Assert.Empty(Tagger.Tag("They march 11 times a year.", Document));

    [Fact]
    public void A_month_abbreviation_alone_after_in_is_not_a_month() =>
        Assert.Empty(Tagger.Tag("He lived in Jan with his family.", Document));

    [Fact]
    public void About_before_a_year_does_not_make_it_approximate() =>
        Assert.Equal("1968", Assert.Single(Tagger.Tag("She wrote about 1968 and its legacy.", null)).Value.ToString());

    [Fact]
    public void A_year_used_as_a_modifier_does_not_swallow_the_article()
    {
        var found = Assert.Single(Tagger.Tag("The 1998 elections changed everything.", null));
        Assert.Equal("1998", found.Text);
    }

    [Fact]
    public void Two_non_consecutive_decades_joined_by_and_stay_two_dates()
    {
        var found = Tagger.Tag("Coups struck in the 1960s and 1980s.", null);
        Assert.Equal(["196X", "198X"], found.Select(e => e.Value.ToString()));
    }

    [Fact]
    public void Two_years_joined_by_and_stay_two_dates()
    {
        var found = Tagger.Tag("Strikes broke out in 1990 and 1994.", null);
        Assert.Equal(["1990", "1994"], found.Select(e => e.Value.ToString()));
    }
}
