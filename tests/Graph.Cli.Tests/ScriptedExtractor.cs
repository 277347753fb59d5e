using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction;

namespace Graph.Cli.Tests;

/// <summary>
/// An extractor whose output the test decides: it finds the given names in the text (first occurrence) and
/// emits the given relations and events, so the CLI's numbers can be checked against hand-computed ones.
/// </summary>
internal sealed class ScriptedExtractor : IExtractor
{
    private readonly List<(string Type, string Name)> _entities = [];
    private readonly List<(string Type, string Subject, string Object)> _relations = [];
    private readonly List<(string EventType, string Trigger, string Date, string[] Participants)> _events = [];

    public ScriptedExtractor Entity(string type, string name) { _entities.Add((type, name)); return this; }
    public ScriptedExtractor Relation(string subject, string type, string @object) { _relations.Add((type, subject, @object)); return this; }
    public ScriptedExtractor Event(string eventType, string trigger, string date, params string[] participants) { _events.Add((eventType, trigger, date, participants)); return this; }

    public DocumentGraph Extract(Document document)
    {
        var ontology = Ontology.Default;
        SpanRef? Find(string surface)
        {
            var at = document.Text.IndexOf(surface, StringComparison.Ordinal);
            return at < 0 ? null : new SpanRef(0, at, at + surface.Length, "scripted", 0.9);
        }

        var entities = new List<EntityRecord>();
        foreach (var (type, name) in _entities)
            if (Find(name) is { } span) entities.Add(new EntityRecord(type, name, [], [span]));
        var relations = new List<RelationRecord>();
        foreach (var (type, subject, obj) in _relations)
        {
            var s = entities.FirstOrDefault(e => e.Name == subject);
            var o = entities.FirstOrDefault(e => e.Name == obj);
            if (s is not null && o is not null)
            {
                var (start, end) = (Math.Min(s.Mentions[0].Start, o.Mentions[0].Start), Math.Max(s.Mentions[0].End, o.Mentions[0].End));
                relations.Add(new RelationRecord(type, s.Id, o.Id, [new SpanRef(0, start, end, "scripted", 0.8)]));
            }
        }
        foreach (var (eventType, trigger, date, participants) in _events)
        {
            if (Find(trigger) is not { } span) continue;
            var ev = new EntityRecord(ontology.EventEntityType, $"{trigger} {date}", [], [span],
                Event: new EventDetails(eventType, EdtfDate.Parse(date)));
            entities.Add(ev);
            foreach (var p in participants.Select(n => entities.First(e => e.Name == n)))
                relations.Add(new RelationRecord(ontology.ParticipationRelation, p.Id, ev.Id, [span]));
        }
        return new DocumentGraph(document, entities, relations);
    }
}
