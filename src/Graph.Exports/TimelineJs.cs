using System.Text;
using System.Text.Json.Nodes;
using Graph.Core.Dates;
using Graph.Core.Store;
using static Graph.Exports.Internal.JsonText;

namespace Graph.Exports;

/// <summary>
/// TimelineJS 3 JSON (<c>{ "title"?, "events": [...] }</c>). Each event spans the EDTF bounds of its date at the
/// date's own precision (199X runs from year 1990 to year 1999; 2002-04 is April 2002) and shows the EDTF's
/// human form ("c. 1995", "1980s–1990s", "1989?") as its display_date, so uncertainty is never drawn as precision.
/// TimelineJS renders headline, text and group as HTML, so every value from the graph is HTML-encoded.
/// </summary>
public static class TimelineJs
{
    public static JsonObject Serialize(TimelineExport export)
    {
        var events = new JsonArray();
        var undated = new List<string>();
        // TimelineJS requires unique_id to be unique; an event repeated across pages is one slide.
        foreach (var e in export.Events.DistinctBy(e => e.Event.Id))
        {
            var date = e.Event.Event?.Date;
            var span = date is null ? null : Span(date);
            if (span is null)
            {
                undated.Add(e.Event.Name);
                continue;
            }
            var (start, end) = span.Value;
            var slide = new JsonObject { ["start_date"] = start };
            if (end is not null) slide["end_date"] = end;
            slide["display_date"] = date!.ToDisplayString();
            slide["text"] = new JsonObject { ["headline"] = Html(e.Event.Name), ["text"] = Body(e, export) };
            slide.Set("group", Value(e.Event.Event?.EventType is { } t ? Html(t) : null));
            slide["unique_id"] = e.Event.Id;
            events.Add(slide);
        }

        var root = new JsonObject();
        // TimelineJS needs a start date to place a slide; events without one are listed on the title slide
        // instead of being dropped silently.
        if (export.Title is not null || undated.Count > 0)
        {
            var text = undated.Count == 0 ? "" :
                $"<p>Not on the timeline (no date): {string.Join("; ", undated.Select(Html))}</p>";
            root["title"] = new JsonObject { ["text"] = new JsonObject { ["headline"] = Html(export.Title ?? "Timeline"), ["text"] = text } };
        }
        root["events"] = events;
        return root;
    }

    /// <summary>Start and optional end as TimelineJS date objects; null when the date has no known bound at all.</summary>
    internal static (JsonObject Start, JsonObject? End)? Span(EdtfDate date)
    {
        if (date.Point is { } p)
            return p.Precision is EdtfPrecision.Decade or EdtfPrecision.Century
                ? (Parts(p.Earliest, p.Precision), Parts(p.Latest, p.Precision))
                : (Parts(p.Earliest, p.Precision), null);
        var start = date.Start is { } s ? Parts(s.Earliest, s.Precision) : null;
        var end = date.End is { } e ? Parts(e.Latest, e.Precision) : null;
        // An interval open at the start ("../1990") is placed at its end; display_date still reads "…–1990".
        return start is null ? end is null ? null : (end, null) : (start, end);
    }

    private static JsonObject Parts(DateOnly day, EdtfPrecision precision)
    {
        var parts = new JsonObject { ["year"] = day.Year };
        if (precision is EdtfPrecision.Month or EdtfPrecision.Day) parts["month"] = day.Month;
        if (precision is EdtfPrecision.Day) parts["day"] = day.Day;
        return parts;
    }

    private static string Body(TimelineEvent e, TimelineExport export)
    {
        var sb = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(e.Event.Description)) sb.Append("<p>").Append(Html(e.Event.Description)).Append("</p>");
        if (e.PlaceId is { } place) sb.Append("<p>Place: ").Append(Html(Name(place, export))).Append("</p>");
        if (e.Participants.Count > 0)
        {
            var who = e.Participants.Select(p => Html(Name(p.EntityId, export)) + (p.Role is { } r ? $" ({Html(r)})" : ""));
            sb.Append("<p>Participants: ").Append(string.Join(", ", who)).Append("</p>");
        }
        return sb.ToString();
    }

    internal static string Name(string id, GraphExport export) => export.Lookup(id)?.Name ?? id;

    // Only the five markup characters: WebUtility.HtmlEncode would also turn "á" into "&#225;", unreadable in the JSON.
    internal static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny("&<>\"'") < 0) return text;
        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
            sb.Append(c switch { '&' => "&amp;", '<' => "&lt;", '>' => "&gt;", '"' => "&quot;", '\'' => "&#39;", _ => c.ToString() });
        return sb.ToString();
    }
}
