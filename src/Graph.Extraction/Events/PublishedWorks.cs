using Graph.Core.Model;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Events;

/// <summary>
/// A review or a publisher's blurb introduces a work with its author and tells no verb of publishing: "In A World to
/// Build, she grapples with ...", "In The Long Honduran Night (Haymarket Books), historian Dana Frank follows ...".
/// The work was published, so a work introduced that way ("In Title, ...", "Winn's Title: Subtitle") beside its author
/// (a person in its sentence, or the person a "she"/"he" there stands for) and told no publication by a trigger or a
/// citation is a Publication by those people and any publisher the sentence names. Dated only by a date of its own sentence: another sentence's date is another
/// happening's.
/// </summary>
internal static class PublishedWorks
{
    public const string Method = "event-introduced-work";

    private static readonly HashSet<string> SubjectPronouns = ["he", "she"];

    private static readonly string[] Introducing = ["work:in-title", "work:possessive-subtitle"];

    public static void Find(AnalyzedDocument doc, string eventType, Func<string, ResolvedEntity> named)
    {
        var told = doc.Events.Where(e => e.EventType == eventType).Select(e => e.Trigger.Sentence).ToHashSet();
        var bySentence = doc.MentionsBySentence();
        foreach (var work in doc.Entities.Where(e => e.Type == "Work" && e.Mentions.Count > 0).ToList())
        {
            var first = work.Mentions.MinBy(m => m.Start)!;
            // Only the way a blurb or review introduces its subject ("In Title, ...", "Winn's Title: Subtitle"): a work
            // merely cited beside a person ("Chávez often quoted the book Don Quixote") is not theirs.
            if (!Introducing.Any(i => first.Method.StartsWith(i, StringComparison.Ordinal))) continue;
            if (work.Mentions.Any(m => told.Contains(m.Sentence))) continue;
            var here = bySentence[first.Sentence].Where(m => m.Entity is not null && m != first).ToList();
            var authors = here.Where(m => m.Entity!.Type == "Person").Select(m => m.Entity!).Distinct().ToList();
            if (authors.Count == 0 && PronounPerson(doc, first) is { } person) authors.Add(person);
            if (authors.Count == 0) continue;
            var publishers = here.Where(m => m.Entity is { Type: "Organization", Kind: "publisher" }).Select(m => m.Entity!).Distinct();
            var participants = authors.Concat(publishers).Select(e => (e, (string?)null)).ToList();
            var date = doc.Dates.FirstOrDefault(d => d.Sentence == first.Sentence && !d.Relative)?.Value;
            var entity = named($"publication of {work.Name}");
            if (entity.Event is not null) continue;
            entity.Event = new EventDetails(eventType, date);
            var at = new Mention
            {
                FirstToken = first.FirstToken, EndToken = first.EndToken, Start = first.Start, End = first.End, Sentence = first.Sentence,
                Type = entity.Type, Method = Method, Confidence = 0.55, Surface = first.Surface, Entity = entity,
            };
            entity.Mentions.Add(at);
            doc.Events.Add(new ExtractedEvent(entity, eventType, date, at, null, participants));
        }
    }

    /// <summary>"In A World to Build, she grapples ...": the person last named before the sentence that "she" stands for.</summary>
    private static ResolvedEntity? PronounPerson(AnalyzedDocument doc, Mention work)
    {
        var s = doc.Sentences[work.Sentence];
        var pronoun = false;
        for (var t = s.FirstToken; t < s.EndToken && !pronoun; t++) pronoun = SubjectPronouns.Contains(doc.Tokens[t].Lower);
        if (!pronoun) return null;
        return doc.Mentions.Where(m => m.Sentence < work.Sentence && m.Entity is { Type: "Person" }).MaxBy(m => m.Start)?.Entity;
    }
}
