using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Output;

/// <summary>
/// Turns the annotated document into the contract's <see cref="DocumentGraph"/>: one record per entity with all its
/// mentions, events with their place and participant edges, and one relation per (type, ends, role) carrying every
/// piece of evidence.
/// </summary>
internal static class GraphBuilder
{
    public static DocumentGraph Build(AnalyzedDocument doc, Ontology ontology)
    {
        var entities = doc.Entities
            .Where(e => e.Mentions.Count > 0)
            .Select(e => new EntityRecord(e.Type, e.Name, e.Aliases.ToArray(),
                e.Mentions.OrderBy(m => m.Start).Select(m => new SpanRef(m.Sentence, m.Start, m.End, m.Method, m.Confidence)).Distinct().ToArray(),
                Description: null, Event: e.Event, ExternalId: e.ExternalId))
            .GroupBy(r => r.Id).Select(g => g.First())
            .ToList();
        var ids = entities.Select(e => e.Id).ToHashSet(StringComparer.Ordinal);

        var raw = new List<ExtractedRelation>(doc.Relations);
        foreach (var ev in doc.Events)
        {
            var at = new SpanRef(ev.Trigger.Sentence, ev.Trigger.Start, ev.Trigger.End, ev.Trigger.Method, ev.Trigger.Confidence);
            if (ev.Place is not null) raw.Add(new ExtractedRelation(ontology.EventPlaceRelation, ev.Entity, ev.Place, at, Date: ev.Date));
            foreach (var (actor, role) in ev.Participants)
                raw.Add(new ExtractedRelation(ontology.ParticipationRelation, actor, ev.Entity, at, role, ev.Date));
        }

        var relations = new List<RelationRecord>();
        foreach (var g in raw.GroupBy(r => Key(r, ontology)))
        {
            var first = g.First();
            var def = ontology.TryRelation(first.Type);
            if (def is null || !def.Allows(first.Subject.Type, first.Object.Type)) continue;
            var (s, o) = (GraphIds.Entity(first.Subject.Type, first.Subject.Name), GraphIds.Entity(first.Object.Type, first.Object.Name));
            if (!ids.Contains(s) || !ids.Contains(o) || s == o) continue;
            if (def.Symmetric && string.CompareOrdinal(s, o) > 0) (s, o) = (o, s);
            // One edge per type and ends: the role comes from the surest piece of evidence that names one.
            var role = g.Where(r => r.Role is not null).OrderByDescending(r => r.Evidence.Confidence).Select(r => r.Role).FirstOrDefault();
            relations.Add(new RelationRecord(first.Type, s, o, g.Select(r => r.Evidence).Distinct().ToArray(), role,
                g.Select(r => r.Date).FirstOrDefault(d => d is not null)));
        }
        return new DocumentGraph(doc.Source, entities, relations);
    }

    private static string Key(ExtractedRelation r, Ontology ontology)
    {
        var s = GraphIds.Entity(r.Subject.Type, r.Subject.Name);
        var o = GraphIds.Entity(r.Object.Type, r.Object.Name);
        return GraphIds.Relation(r.Type, s, o, null, ontology.TryRelation(r.Type)?.Symmetric ?? false);
    }
}
