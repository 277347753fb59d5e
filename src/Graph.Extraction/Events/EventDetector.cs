using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Events;

/// <summary>
/// Events from trigger words (events/triggers.tsv): one event per sentence and event type. Its date is the
/// date nearest the trigger in the sentence, else the last date given earlier in the paragraph (how
/// chronologies and reports carry a date forward); its place the sentence's place ("in X" first); its
/// participants the sentence's people, organizations and movements. The name is built from type, date and
/// place, so two documents describing the same event name it alike and it becomes one node.
/// </summary>
internal sealed class EventDetector(KnowledgeBase kb) : IComponent
{
    public const string Method = "event-trigger";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Events", "Entities"];

    private static readonly HashSet<string> ParticipantTypes = ["Person", "Organization", "Movement"];

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var owner = new Mention?[tokens.Count];
        foreach (var m in doc.Mentions) for (var t = m.FirstToken; t < m.EndToken; t++) owner[t] = m;
        var byName = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        var inDate = new bool[tokens.Count];
        foreach (var d in doc.Dates)
            foreach (var tok in tokens.Where(x => x.Start < d.End && x.End > d.Start)) inDate[tok.Index] = true;

        foreach (var s in doc.Sentences)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                if (owner[t] is { Type: not "Concept" }) continue;
                // "March 15" is a date, not a march: a trigger is lower case unless it opens the sentence.
                if (tokens[t].IsCapitalized && t != s.FirstToken) continue;
                if (inDate[t]) continue;
                var hit = kb.Triggers.MatchAt(tokens, t, s.EndToken).FirstOrDefault();
                if (hit.Values is null) continue;
                var trigger = hit.Values[0];
                var first = t;
                var end = hit.End;
                t = end - 1;
                if (!seen.Add(trigger.EventType)) continue;
                var triggerMention = new Mention
                {
                    FirstToken = first, EndToken = end, Start = tokens[first].Start, End = tokens[end - 1].End,
                    Sentence = s.Index, Type = kb.Ontology.EventEntityType, Method = $"{Method}:{trigger.Phrase}", Confidence = 0.6,
                    Surface = "",
                };
                Build(doc, s, trigger, triggerMention, byName);
            }
        }
    }

    private void Build(AnalyzedDocument doc, Sentence s, Trigger trigger, Mention at, Dictionary<string, ResolvedEntity> byName)
    {
        var inSentence = doc.Mentions.Where(m => m.Sentence == s.Index && m.Entity is not null).ToList();
        var place = PlaceOf(doc, inSentence);
        var participants = inSentence.Where(m => ParticipantTypes.Contains(m.Entity!.Type))
            .Select(m => m.Entity!).Distinct().Select(e => (e, (string?)null)).ToList();
        var date = DateOf(doc, s, at.Start);
        if (date is null && place is null && participants.Count == 0) return;

        var label = trigger.EventType.ToLowerInvariant();
        var name = date is not null
            ? place is not null ? $"{label} of {date} in {place.Name}" : participants.Count > 0 ? $"{label} of {date} involving {participants[0].e.Name}" : $"{label} of {date}"
            : place is not null ? $"{label} in {place.Name}" : $"{label} involving {participants[0].e.Name}";

        if (!byName.TryGetValue(name, out var entity))
        {
            entity = new ResolvedEntity(kb.Ontology.EventEntityType, name) { Event = new EventDetails(trigger.EventType, date) };
            byName[name] = entity;
            doc.Entities.Add(entity);
        }
        var mention = new Mention
        {
            FirstToken = at.FirstToken, EndToken = at.EndToken, Start = at.Start, End = at.End, Sentence = s.Index,
            Type = entity.Type, Method = at.Method, Confidence = at.Confidence, Surface = doc.Slice(at.Start, at.End), Entity = entity,
        };
        entity.Mentions.Add(mention);
        doc.Events.Add(new ExtractedEvent(entity, trigger.EventType, date, mention, place, participants));
    }

    /// <summary>A place introduced by "in"/"at" wins over one merely named in the sentence.</summary>
    private static ResolvedEntity? PlaceOf(AnalyzedDocument doc, List<Mention> inSentence)
    {
        var places = inSentence.Where(m => m.Entity!.Type == "Place").ToList();
        if (places.Count == 0) return null;
        var introduced = places.FirstOrDefault(m => m.FirstToken > 0 && doc.Tokens[m.FirstToken - 1].Lower is "in" or "at" or "of");
        return (introduced ?? places[0]).Entity;
    }

    /// <summary>
    /// A relative date right beside the trigger ("helped found a decade earlier"); else an absolute date in the
    /// sentence (the nearest before the trigger, else the first after it); else a date that opened an earlier
    /// sentence of the paragraph ("February 4, 1992." heading a chronology entry, "On October 17 ..."), which
    /// the narrative carries forward; else any relative date in the sentence; else the latest absolute date
    /// given before the sentence anywhere in the text (measured on the development set: +2 matched events,
    /// against +0 for the document's own month).
    /// </summary>
    private static EdtfDate? DateOf(AnalyzedDocument doc, Sentence s, int triggerStart)
    {
        const int Beside = 40;
        var here = doc.Dates.Where(d => d.Sentence == s.Index).ToList();
        var near = here.Where(d => d.Relative && Math.Abs(d.Start - triggerStart) <= Beside).MinBy(d => Math.Abs(d.Start - triggerStart));
        if (near is not null) return near.Value;
        var absolute = here.Where(d => !d.Relative).ToList();
        if (absolute.Count > 0)
            return (absolute.LastOrDefault(d => d.Start < triggerStart) ?? absolute.First()).Value;
        var carried = doc.Dates.LastOrDefault(d => d.Sentence < s.Index && !d.Relative
            && doc.Sentences[d.Sentence].Paragraph == s.Paragraph && OpensSentence(doc, d));
        if (carried is not null) return carried.Value;
        if (here.Count > 0) return here.MinBy(d => Math.Abs(d.Start - triggerStart))!.Value;
        // Last, the narrative's latest absolute date before this sentence.
        return doc.Dates.LastOrDefault(d => d.Sentence < s.Index && !d.Relative)?.Value;
    }

    private static bool OpensSentence(AnalyzedDocument doc, DateSpan d)
    {
        var s = doc.Sentences[d.Sentence];
        var first = doc.Tokens[s.FirstToken];
        return d.Start == first.Start || first.Lower is "on" or "in" or "by" && s.TokenCount > 1 && doc.Tokens[s.FirstToken + 1].Start == d.Start;
    }
}
