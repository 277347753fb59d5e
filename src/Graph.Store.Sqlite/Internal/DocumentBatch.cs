using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// One document's rows as JSON arrays, one per table, so that each table is written by a single
/// INSERT … SELECT FROM json_each: a handful of statements per document instead of one per row.
/// </summary>
internal sealed class DocumentBatch
{
    public string Entities { get; private init; } = "[]";
    public string Aliases { get; private init; } = "[]";
    public string Mentions { get; private init; } = "[]";
    public string Relations { get; private init; } = "[]";
    public string Evidence { get; private init; } = "[]";
    public int EntityCount { get; private init; }

    /// <summary>
    /// What the document would write, hashed: its metadata, its text's hash and every row above. Equal hashes
    /// mean a re-apply would change nothing, so it is stored on the document row as the "same extraction" test.
    /// </summary>
    public string Hash(Document doc)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var part in new[] { doc.Title, doc.Date?.ToString(), doc.Source, doc.Format, doc.ContentHash, Entities, Aliases, Mentions, Relations, Evidence })
        {
            hash.AppendData(Encoding.UTF8.GetBytes(part ?? "\u0000null"));
            hash.AppendData("\u001e"u8);
        }
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    public int RelationCount { get; private init; }

    public static DocumentBatch Of(DocumentGraph graph, Func<string, string> resolve, Ontology ontology)
    {
        var doc = graph.Document;
        var entities = new Dictionary<string, EntityFields>(StringComparer.Ordinal);
        var aliases = new HashSet<(string, string)>();
        using var aliasJson = new JsonArray();
        using var mentionJson = new JsonArray();
        foreach (var e in graph.Entities)
        {
            var id = resolve(e.Id);
            // One document may name an entity twice: its first name stands, other fields fill in.
            entities[id] = entities.TryGetValue(id, out var seen) ? seen.FillFrom(e) : new EntityFields(id, e);
            foreach (var alias in e.Aliases.Prepend(e.Name))
                if (!string.IsNullOrWhiteSpace(alias) && aliases.Add((id, alias)))
                    aliasJson.Add(w =>
                    {
                        w.WriteString("e", id);
                        w.WriteString("a", alias);
                        w.WriteString("f", NameFolding.Fold(alias));
                    });
            foreach (var m in e.Mentions) mentionJson.Add(w => { w.WriteString("e", id); Span(w, m, doc.Text); });
        }
        using var entityJson = new JsonArray();
        foreach (var f in entities.Values) entityJson.Add(f.Write);

        var relations = new HashSet<string>(StringComparer.Ordinal);
        using var relationJson = new JsonArray();
        using var evidenceJson = new JsonArray();
        foreach (var r in graph.Relations)
        {
            var (subject, obj) = (resolve(r.SubjectId), resolve(r.ObjectId));
            // Two endpoints a curator merged into one: the relation would be a loop the merge already dropped.
            if (subject == obj && r.SubjectId != r.ObjectId) continue;
            var symmetric = ontology.Relation(r.Type).Symmetric;
            var id = GraphIds.Relation(r.Type, subject, obj, r.Role, symmetric);
            if (symmetric) (subject, obj) = WriteSession.Canonical(subject, obj);
            if (relations.Add(id))
                relationJson.Add(w =>
                {
                    w.WriteString("id", id);
                    w.WriteString("type", r.Type);
                    w.WriteString("s", subject);
                    w.WriteString("o", obj);
                    w.WriteString("role", r.Role);
                });
            foreach (var s in r.Evidence)
                evidenceJson.Add(w =>
                {
                    w.WriteString("r", id);
                    Span(w, s, doc.Text);
                    w.WriteString("date", r.Date?.ToString());
                    Day(w, "de", r.Date?.Earliest);
                    Day(w, "dl", r.Date?.Latest);
                });
        }
        return new DocumentBatch
        {
            Entities = entityJson.ToString(), Aliases = aliasJson.ToString(), Mentions = mentionJson.ToString(),
            Relations = relationJson.ToString(), Evidence = evidenceJson.ToString(),
            EntityCount = entities.Count, RelationCount = relations.Count,
        };
    }

    private static void Span(Utf8JsonWriter w, SpanRef s, string text)
    {
        w.WriteNumber("sn", s.Sentence);
        w.WriteNumber("st", s.Start);
        w.WriteNumber("en", s.End);
        w.WriteString("t", text.AsSpan(s.Start, s.End - s.Start));
        w.WriteString("m", s.Method);
        w.WriteNumber("c", s.Confidence);
    }

    private static void Day(Utf8JsonWriter w, string name, DateOnly? day)
    {
        if (day is { } d) w.WriteNumber(name, d.DayNumber);
        else w.WriteNull(name);
    }

    private sealed class EntityFields(string id, EntityRecord first)
    {
        private string? _description = first.Description, _externalId = first.ExternalId, _eventType = first.Event?.EventType;
        private Graph.Core.Dates.EdtfDate? _date = first.Event?.Date;

        public EntityFields FillFrom(EntityRecord e)
        {
            _description ??= e.Description;
            _externalId ??= e.ExternalId;
            _eventType ??= e.Event?.EventType;
            _date ??= e.Event?.Date;
            return this;
        }

        public void Write(Utf8JsonWriter w)
        {
            w.WriteString("id", id);
            w.WriteString("type", first.Type);
            w.WriteString("name", first.Name);
            w.WriteString("folded", NameFolding.Fold(first.Name));
            w.WriteString("description", _description);
            w.WriteString("external_id", _externalId);
            w.WriteString("event_type", _eventType);
            w.WriteString("date", _date?.ToString());
            Day(w, "de", _date?.Earliest);
            Day(w, "dl", _date?.Latest);
        }
    }

    /// <summary>A JSON array of objects written straight to UTF-8.</summary>
    private sealed class JsonArray : IDisposable
    {
        private readonly ArrayBufferWriter<byte> _buffer = new();
        private readonly Utf8JsonWriter _writer;

        public JsonArray()
        {
            // Text goes to SQLite as raw UTF-8 rather than \u escapes, so that no character depends on
            // how SQLite's JSON reader decodes escapes (surrogate pairs especially); quotes and controls are still escaped.
            _writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            _writer.WriteStartArray();
        }

        public void Add(Action<Utf8JsonWriter> fields)
        {
            _writer.WriteStartObject();
            fields(_writer);
            _writer.WriteEndObject();
        }

        public override string ToString()
        {
            _writer.WriteEndArray();
            _writer.Flush();
            return Encoding.UTF8.GetString(_buffer.WrittenSpan);
        }

        public void Dispose() => _writer.Dispose();
    }
}
