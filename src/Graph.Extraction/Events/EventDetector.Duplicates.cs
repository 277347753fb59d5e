using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

internal sealed partial class EventDetector
{
    /// <summary>
    /// "Stédile, a founder of the MST, ... before the movement was founded in Cascavel in January 1984": an undated
    /// telling of a type that a dated event of the document also tells, with an actor in common, is that event told
    /// before its date was given, not a second happening. (<see cref="SameAsDated"/> folds the undated tellings that
    /// come after; this one those that come first.) Its mentions join the dated event.
    /// </summary>
    private static void FoldUndatedIntoDated(AnalyzedDocument doc)
    {
        foreach (var undated in doc.Events.Where(e => e.Date is null).ToList())
        {
            var actors = undated.Participants.Where(p => p.Actor.Type != "Place").Select(p => p.Actor).ToHashSet();
            var dated = doc.Events.FirstOrDefault(d => d.Date is not null && d.EventType == undated.EventType
                && d.Entity != undated.Entity && d.Participants.Any(p => actors.Contains(p.Actor)));
            if (dated is null) continue;
            doc.Events.Remove(undated);
            if (doc.Events.Any(e => e.Entity == undated.Entity)) continue;
            foreach (var m in undated.Entity.Mentions)
            {
                m.Entity = dated.Entity;
                dated.Entity.Mentions.Add(m);
            }
            doc.Entities.Remove(undated.Entity);
        }
    }
}
