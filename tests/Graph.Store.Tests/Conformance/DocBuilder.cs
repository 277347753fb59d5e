using Graph.Core.Dates;
using Graph.Core.Model;

namespace Graph.Store.Tests.Conformance;

/// <summary>
/// Hand-made documents for the contract tests: names are found in the text for their mentions, and each
/// relation's evidence is the sentence that holds both of its names.
/// </summary>
public sealed class DocBuilder(string id, string text)
{
    private readonly List<EntityRecord> _entities = [];
    private readonly List<RelationRecord> _relations = [];

    public string Title { get; set; } = $"Document {id}";
    public EdtfDate? Date { get; set; }

    public EntityRecord Entity(string type, string name, string? description = null, params string[] aliases)
    {
        var mentions = new List<SpanRef>();
        foreach (var form in aliases.Prepend(name))
        {
            // The first occurrence not inside an earlier mention: "Harnecker" is not the end of "Marta Harnecker".
            var at = text.IndexOf(form, StringComparison.Ordinal);
            while (at >= 0 && mentions.Any(m => at < m.End && m.Start < at + form.Length))
                at = text.IndexOf(form, at + 1, StringComparison.Ordinal);
            if (at >= 0) mentions.Add(new SpanRef(SentenceAt(at), at, at + form.Length, "test-gazetteer", 0.9));
        }
        var e = new EntityRecord(type, name, aliases, mentions, description);
        _entities.Add(e);
        return e;
    }

    public EntityRecord Event(string name, string eventType, string? date = null)
    {
        var at = text.IndexOf(name, StringComparison.Ordinal);
        var mentions = at >= 0 ? new List<SpanRef> { new(SentenceAt(at), at, at + name.Length, "test-trigger", 0.8) } : [];
        var e = new EntityRecord(Graph.Core.Schema.Ontology.Default.EventEntityType, name, [], mentions,
            Event: new EventDetails(eventType, date is null ? null : EdtfDate.Parse(date)));
        _entities.Add(e);
        return e;
    }

    public RelationRecord Relate(string type, EntityRecord subject, EntityRecord obj, double confidence = 0.8,
        string? role = null, string? date = null, string method = "test-pattern")
    {
        var r = new RelationRecord(type, subject.Id, obj.Id, [Evidence(subject, obj, confidence, method)], role,
            date is null ? null : EdtfDate.Parse(date));
        _relations.Add(r);
        return r;
    }

    public DocumentGraph Build() => new(new Document(id, Title, Date, "test", "text", text), [.. _entities], [.. _relations]);

    private SpanRef Evidence(EntityRecord a, EntityRecord b, double confidence, string method)
    {
        var spans = a.Mentions.Take(1).Concat(b.Mentions.Take(1)).ToList();
        if (spans.Count == 0) return new SpanRef(0, 0, Math.Min(text.Length, 10), method, confidence);
        var start = spans.Min(s => s.Start);
        var end = spans.Max(s => s.End);
        return new SpanRef(SentenceAt(start), start, end, method, confidence);
    }

    private int SentenceAt(int offset) => text[..offset].Count(c => c == '.');
}
