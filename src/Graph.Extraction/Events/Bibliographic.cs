using Graph.Core.Model;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Events;

/// <summary>
/// A citation tells a publication without a verb: "Just Give Money to the Poor (Kumarian Press, 2010)", "The Long
/// Honduran Night (Haymarket Books)". A work followed by a bracket that holds a publisher, and optionally a date, is
/// a Publication by that publisher, with the people named before the title in its sentence as its authors.
/// </summary>
internal static class Bibliographic
{
    public const string Method = "event-citation";

    public static void Find(AnalyzedDocument doc, string eventType, Func<string, ResolvedEntity> named)
    {
        var tokens = doc.Tokens;
        var startsAt = new Dictionary<int, Mention>();
        foreach (var m in doc.Mentions) if (m.Entity is not null) startsAt.TryAdd(m.FirstToken, m);
        foreach (var work in doc.Mentions.Where(m => m.Entity is { Type: "Work" }).ToList())
        {
            var open = work.EndToken;
            if (open + 1 >= tokens.Count || tokens[open].Text != "(" || !startsAt.TryGetValue(open + 1, out var publisher)
                || publisher.Entity!.Type != "Organization" || publisher.Sentence != work.Sentence) continue;
            var close = publisher.EndToken;
            while (close < tokens.Count && close < publisher.EndToken + 4 && tokens[close].Text != ")") close++;
            if (close >= tokens.Count || tokens[close].Text != ")") continue;
            var (from, to) = (tokens[publisher.EndToken - 1].End, tokens[close].Start);
            var date = doc.Dates.FirstOrDefault(d => d.Start >= from && d.End <= to)?.Value;
            var authors = doc.Mentions.Where(m => m.Sentence == work.Sentence && m.End <= work.Start && m.Entity is { Type: "Person" })
                .Select(m => m.Entity!).Distinct();
            var entity = named($"publication of {work.Entity!.Name}");
            entity.Event ??= new EventDetails(eventType, date);
            var at = new Mention
            {
                FirstToken = work.FirstToken, EndToken = close + 1, Start = work.Start, End = tokens[close].End, Sentence = work.Sentence,
                Type = entity.Type, Method = Method, Confidence = 0.7, Surface = doc.Slice(work.Start, tokens[close].End), Entity = entity,
            };
            entity.Mentions.Add(at);
            var participants = authors.Append(publisher.Entity).Select(e => (e, (string?)null)).ToList();
            doc.Events.Add(new ExtractedEvent(entity, eventType, date, at, null, participants));
        }
    }
}
