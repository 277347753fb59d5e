using System.Text.Json;
using Graph.Core.Model;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

public sealed class TimelineJsTests
{
    private static JsonElement Only(Entity ev, params Entity[] lookup) =>
        JsonDocument.Parse(Export(Timeline([At(ev)], lookup), "timelinejs")).RootElement.GetProperty("events")[0];

    private static int? Part(JsonElement date, string name) => date.TryGetProperty(name, out var v) ? v.GetInt32() : null;

    [Fact]
    public void A_decade_spans_its_first_to_last_year_and_reads_as_the_decade()
    {
        var slide = Only(Event("Privatizations", "Privatization", "199X"));
        Assert.Equal("1990s", slide.GetProperty("display_date").GetString());
        Assert.Equal(1990, Part(slide.GetProperty("start_date"), "year"));
        Assert.Null(Part(slide.GetProperty("start_date"), "month"));
        Assert.Equal(1999, Part(slide.GetProperty("end_date"), "year"));
    }

    [Fact]
    public void An_approximate_year_reads_circa()
    {
        var slide = Only(Event("Mid-nineties protests", "Protest", "1995~"));
        Assert.Equal("c. 1995", slide.GetProperty("display_date").GetString());
        Assert.Equal(1995, Part(slide.GetProperty("start_date"), "year"));
        Assert.False(slide.TryGetProperty("end_date", out _));
    }

    [Fact]
    public void An_uncertain_year_keeps_its_question_mark()
    {
        Assert.Equal("1989?", Only(Event("Caracazo", "Protest", "1989?")).GetProperty("display_date").GetString());
    }

    [Fact]
    public void A_decade_interval_runs_from_the_first_decade_to_the_end_of_the_second()
    {
        var slide = Only(Event("Debt crisis years", "Other", "198X/199X"));
        Assert.Equal("1980s–1990s", slide.GetProperty("display_date").GetString());
        Assert.Equal(1980, Part(slide.GetProperty("start_date"), "year"));
        Assert.Equal(1999, Part(slide.GetProperty("end_date"), "year"));
    }

    [Fact]
    public void A_day_keeps_year_month_and_day()
    {
        var slide = Only(Event("2002 coup attempt", "Coup", "2002-04-11"));
        var start = slide.GetProperty("start_date");
        Assert.Equal((2002, 4, 11), (Part(start, "year"), Part(start, "month"), Part(start, "day")));
        Assert.Equal("11 April 2002", slide.GetProperty("display_date").GetString());
    }

    [Fact]
    public void An_open_end_is_left_out()
    {
        var slide = Only(Event("Bolivarian process", "Other", "1999-02/.."));
        var start = slide.GetProperty("start_date");
        Assert.Equal((1999, 2), (Part(start, "year"), Part(start, "month")));
        Assert.False(slide.TryGetProperty("end_date", out _));
    }

    [Fact]
    public void Headline_is_the_event_name_group_its_type_and_text_names_place_and_participants()
    {
        var chavez = Person("Hugo Chávez");
        var venezuela = Place("Venezuela");
        var coup = Event("2002 <coup> attempt", "Coup", "2002-04-11", "Carmona & the generals");
        var root = JsonDocument.Parse(Export(Timeline([At(coup, venezuela, (chavez, "target"))], [chavez, venezuela]), "timelinejs")).RootElement;
        var slide = root.GetProperty("events")[0];
        Assert.Equal("2002 &lt;coup&gt; attempt", slide.GetProperty("text").GetProperty("headline").GetString());
        Assert.Equal("Coup", slide.GetProperty("group").GetString());
        Assert.Equal(coup.Id, slide.GetProperty("unique_id").GetString());
        var text = slide.GetProperty("text").GetProperty("text").GetString()!;
        Assert.Contains("Carmona &amp; the generals", text);
        Assert.Contains("Venezuela", text);
        Assert.Contains("Hugo Chávez (target)", text);
    }

    [Fact]
    public void Undated_events_are_listed_on_the_title_slide_not_dropped()
    {
        var dated = Event("Election", "Election", "1998-12-06");
        var undated = Event("Some strike", "Strike", null);
        var root = JsonDocument.Parse(Export(Timeline([At(dated), At(undated)], [], "Venezuela"), "timelinejs")).RootElement;
        Assert.Equal(1, root.GetProperty("events").GetArrayLength());
        var title = root.GetProperty("title").GetProperty("text");
        Assert.Equal("Venezuela", title.GetProperty("headline").GetString());
        Assert.Contains("Some strike", title.GetProperty("text").GetString());
    }

    [Fact]
    public void An_interval_open_at_the_start_is_placed_at_its_end()
    {
        var slide = Only(Event("Dictatorship", "Other", "../1958-01-23"));
        var start = slide.GetProperty("start_date");
        Assert.Equal((1958, 1, 23), (Part(start, "year"), Part(start, "month"), Part(start, "day")));
        Assert.False(slide.TryGetProperty("end_date", out _));
        Assert.Equal("…–23 January 1958", slide.GetProperty("display_date").GetString());
    }

    [Fact]
    public void An_event_repeated_across_pages_is_one_slide()
    {
        var ev = Event("Election", "Election", "1998-12-06");
        var root = JsonDocument.Parse(Export(Timeline([At(ev), At(ev)], []), "timelinejs")).RootElement;
        Assert.Equal(1, root.GetProperty("events").GetArrayLength());
    }
}
