using Graph.Core.Dates;
using Graph.Core.Schema;

namespace Graph.Core.Tests;

public class EdtfDateTableTests
{
    [Theory]
    [InlineData("2002-04-11", "2002-04-11", "2002-04-11", EdtfPrecision.Day, false, false)]
    [InlineData("1990-02", "1990-02-01", "1990-02-28", EdtfPrecision.Month, false, false)]
    [InlineData("2000-02", "2000-02-01", "2000-02-29", EdtfPrecision.Month, false, false)]
    [InlineData("1997", "1997-01-01", "1997-12-31", EdtfPrecision.Year, false, false)]
    [InlineData("199X", "1990-01-01", "1999-12-31", EdtfPrecision.Decade, false, false)]
    [InlineData("19XX", "1900-01-01", "1999-12-31", EdtfPrecision.Century, false, false)]
    [InlineData("1995~", "1995-01-01", "1995-12-31", EdtfPrecision.Year, true, false)]
    [InlineData("1989?", "1989-01-01", "1989-12-31", EdtfPrecision.Year, false, true)]
    [InlineData("1989%", "1989-01-01", "1989-12-31", EdtfPrecision.Year, true, true)]
    [InlineData("2002-04-11~", "2002-04-11", "2002-04-11", EdtfPrecision.Day, true, false)]
    [InlineData("198X/199X", "1980-01-01", "1999-12-31", EdtfPrecision.Interval, false, false)]
    [InlineData("2002/..", "2002-01-01", "9999-12-31", EdtfPrecision.Interval, false, false)]
    [InlineData("../1990", "0001-01-01", "1990-12-31", EdtfPrecision.Interval, false, false)]
    [InlineData("/1990", "0001-01-01", "1990-12-31", EdtfPrecision.Interval, false, false)]
    [InlineData("1995~/2001-06", "1995-01-01", "2001-06-30", EdtfPrecision.Interval, true, false)]
    [InlineData("2001/2001", "2001-01-01", "2001-12-31", EdtfPrecision.Interval, false, false)]
    public void Parses_valid_text_with_its_bounds_precision_and_qualifiers(
        string text, string earliest, string latest, EdtfPrecision precision, bool approximate, bool uncertain)
    {
        var date = EdtfDate.Parse(text);

        Assert.Equal(DateOnly.Parse(earliest), date.Earliest);
        Assert.Equal(DateOnly.Parse(latest), date.Latest);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(approximate, date.Approximate);
        Assert.Equal(uncertain, date.Uncertain);
        Assert.Equal(text, date.ToString());
    }

    [Fact]
    public void Trims_surrounding_white_space() => Assert.Equal("2002", EdtfDate.Parse("  2002 ").ToString());

    [Fact]
    public void Open_and_unknown_interval_ends_are_told_apart()
    {
        var open = EdtfDate.Parse("2002/..");
        var unknown = EdtfDate.Parse("2002/");

        Assert.True(open.EndOpen);
        Assert.False(unknown.EndOpen);
        Assert.Null(unknown.End);
        Assert.NotEqual(open, unknown);
    }

    [Theory]
    [InlineData("", "it is empty")]
    [InlineData("   ", "it is empty")]
    [InlineData("02", "four-digit year")]
    [InlineData("2002-4", "month '4' must be two digits")]
    [InlineData("2002-04-1", "day '1' must be two digits")]
    [InlineData("2002-13", "month 13 is out of range 01–12")]
    [InlineData("2002-00", "month 00 is out of range 01–12")]
    [InlineData("2001-02-29", "day 29 does not exist in 2001-02")]
    [InlineData("2002-04-31", "day 31 does not exist in 2002-04")]
    [InlineData("0000", "year 0 is outside 0001–9999")]
    [InlineData("1XXX", "'1XXX' is not a year")]
    [InlineData("XXXX", "'XXXX' is not a year")]
    [InlineData("20X2", "'20X2' is not a year")]
    [InlineData("199X-04", "cannot have a month or day")]
    [InlineData("2002-04-11-01", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("April 2002", "expected YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("2002/2003/2004", "exactly one '/'")]
    [InlineData("../..", "at least one known end")]
    [InlineData("/", "at least one known end")]
    [InlineData("2005/2001", "the interval starts (2005) after it ends (2001)")]
    [InlineData("2002-13/2003", "its start: month 13")]
    [InlineData("2002/20x3", "its end: '20x3' is not a year")]
    public void Rejects_invalid_text_naming_it_and_the_reason(string text, string reason)
    {
        Assert.False(EdtfDate.TryParse(text, out _, out var error));
        Assert.Contains(reason, error);

        var e = Assert.Throws<EdtfFormatException>(() => EdtfDate.Parse(text));
        Assert.Contains($"'{text}'", e.Message);
        Assert.Contains(reason, e.Message);
        Assert.Contains(EdtfDate.Examples, e.Message);
        Assert.Equal(text, e.Text);
        Assert.IsAssignableFrom<GraphValidationException>(e);
    }

    [Fact]
    public void TryParse_of_null_is_false_not_an_exception() => Assert.False(EdtfDate.TryParse(null, out _));

    [Theory]
    [InlineData("2002-04-11", "11 April 2002")]
    [InlineData("2002-04", "April 2002")]
    [InlineData("1995~", "c. 1995")]
    [InlineData("1989?", "1989?")]
    [InlineData("198X", "1980s")]
    [InlineData("198X/199X", "1980s–1990s")]
    [InlineData("2002/..", "2002–…")]
    [InlineData("/2002", "?–2002")]
    [InlineData("19XX", "20th century")]
    [InlineData("20XX", "21st century")]
    [InlineData("21XX", "22nd century")]
    [InlineData("22XX", "23rd century")]
    [InlineData("10XX", "11th century")]
    public void Displays_a_short_human_form(string text, string display) =>
        Assert.Equal(display, EdtfDate.Parse(text).ToDisplayString());

    [Fact]
    public void Point_factories_reject_impossible_dates_naming_the_reason()
    {
        var e = Assert.Throws<EdtfFormatException>(() => EdtfDate.Day(2001, 2, 29));
        Assert.Contains("day 29 does not exist in 2001-02", e.Message);
        Assert.Throws<EdtfFormatException>(() => EdtfPoint.Create(1995, unspecifiedDigits: 1));
        Assert.Throws<EdtfFormatException>(() => EdtfPoint.Create(1990, 4, unspecifiedDigits: 1));
        Assert.Throws<EdtfFormatException>(() => EdtfPoint.Create(2002, day: 4));
        Assert.Throws<EdtfFormatException>(() => EdtfPoint.Create(2000, unspecifiedDigits: 3));
    }

    [Fact]
    public void Between_rejects_a_reversed_or_endless_interval()
    {
        Assert.Contains("after it ends", Assert.Throws<EdtfFormatException>(() =>
            EdtfDate.Between(EdtfPoint.Create(2005), EdtfPoint.Create(2001))).Message);
        Assert.Contains("at least one known end", Assert.Throws<EdtfFormatException>(() => EdtfDate.Between(null, null)).Message);
    }

    [Fact]
    public void Sorts_uncertain_dates_by_earliest_then_latest_day()
    {
        var sorted = new[] { "2002", "199X", "2002-04-11", "1995~", "2002-04", "19XX" }
            .Select(EdtfDate.Parse).Order().Select(d => d.ToString()).ToArray();

        Assert.Equal(["19XX", "199X", "1995~", "2002", "2002-04", "2002-04-11"], sorted);
    }
}
