using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Core.Store;

/// <summary>
/// Rebuilds a document's <see cref="DocumentGraph"/> from what a store kept of it, the same way in every adapter,
/// so that two stores holding the same graph give equal snapshots. Stores keep entities and relations under their
/// current ids (a merge moves a document's contribution to the kept entity); records are rebuilt under the name
/// the document used, and relation endpoints become those records' ids, so re-applying the graph is valid input
/// and, once the merges are replayed, lands where the original did.
/// </summary>
public sealed class StoredDocumentBuilder(Document document)
{
    private readonly Dictionary<string, Contribution> _entities = new(StringComparer.Ordinal);
    private readonly List<(string StoredId, SpanRef Span)> _mentions = [];
    private readonly List<(string Type, string Subject, string Object, string? Role, EdtfDate? Date, SpanRef Span)> _evidence = [];

    public Document Document => document;

    /// <summary>What the document said of the entity now stored under <paramref name="storedId"/>.</summary>
    public void Entity(string storedId, string type, string name, string? description, string? externalId, string? eventType, EdtfDate? date) =>
        _entities[storedId] = new Contribution(type, name, description, externalId, eventType, date, new SortedSet<string>(StringComparer.Ordinal));

    public void Alias(string storedId, string alias) => Known(storedId, "an alias").Aliases.Add(alias);

    public void Mention(string storedId, SpanRef span) => _mentions.Add((storedId, span));

    public void Evidence(string relationType, string subjectStoredId, string objectStoredId, string? role, EdtfDate? relationDate, SpanRef span) =>
        _evidence.Add((relationType, subjectStoredId, objectStoredId, role, relationDate, span));

    public DocumentGraph Build()
    {
        var mentions = _mentions.GroupBy(m => m.StoredId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(m => m.Span).ToList(), StringComparer.Ordinal);
        foreach (var id in mentions.Keys) Known(id, "mentions");

        var recordIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = new List<EntityRecord>();
        foreach (var (storedId, c) in _entities)
        {
            var record = new EntityRecord(c.Type, c.Name, c.Aliases.Where(a => a != c.Name).ToList(),
                Ordered(mentions.GetValueOrDefault(storedId) ?? []), c.Description,
                c.EventType is null ? null : new EventDetails(c.EventType, c.Date), c.ExternalId);
            recordIds[storedId] = record.Id;
            entities.Add(record);
        }

        string Endpoint(string storedId) =>
            recordIds.TryGetValue(storedId, out var id) ? id
                : throw new InvalidOperationException($"Document '{document.Id}' has evidence for a relation of entity '{storedId}' but no contribution to it; the store is inconsistent (re-ingest the document).");

        var relations = _evidence
            .GroupBy(e => (e.Type, Subject: Endpoint(e.Subject), Object: Endpoint(e.Object), e.Role, Date: e.Date?.ToString()))
            .Select(g => new RelationRecord(g.Key.Type, g.Key.Subject, g.Key.Object, Ordered(g.Select(e => e.Span)), g.Key.Role, g.First().Date))
            .OrderBy(r => r.Type, StringComparer.Ordinal).ThenBy(r => r.SubjectId, StringComparer.Ordinal)
            .ThenBy(r => r.ObjectId, StringComparer.Ordinal).ThenBy(r => r.Role ?? "", StringComparer.Ordinal)
            .ThenBy(r => r.Date?.ToString() ?? "", StringComparer.Ordinal)
            .ToList();
        return new DocumentGraph(document,
            entities.OrderBy(e => e.Id, StringComparer.Ordinal).ThenBy(e => e.Type, StringComparer.Ordinal).ToList(), relations);
    }

    private Contribution Known(string storedId, string what) =>
        _entities.TryGetValue(storedId, out var c) ? c
            : throw new InvalidOperationException($"Document '{document.Id}' has {what} of entity '{storedId}' but no contribution to it; the store is inconsistent (re-ingest the document).");

    private static List<SpanRef> Ordered(IEnumerable<SpanRef> spans) =>
        spans.OrderBy(s => s.Start).ThenBy(s => s.End).ThenBy(s => s.Sentence)
            .ThenBy(s => s.Method, StringComparer.Ordinal).ThenBy(s => s.Confidence).ToList();

    private sealed record Contribution(string Type, string Name, string? Description, string? ExternalId, string? EventType, EdtfDate? Date, SortedSet<string> Aliases);
}
