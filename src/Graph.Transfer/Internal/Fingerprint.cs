using System.Security.Cryptography;
using System.Text.Json;
using Graph.Core.Model;

namespace Graph.Transfer.Internal;

/// <summary>
/// A hash of a document snapshot's content. Snapshots come in a canonical order (see StoredDocumentBuilder), so two
/// stores that hold the same contribution give equal fingerprints, whatever adapter each is.
/// </summary>
internal static class Fingerprint
{
    public static string Of(DocumentGraph g)
    {
        var canonical = new
        {
            g.Document.Id, g.Document.Title, Date = g.Document.Date?.ToString(), g.Document.Source, g.Document.Format, g.Document.ContentHash,
            Entities = g.Entities.Select(e => new
            {
                e.Type, e.Name, e.Aliases, e.Description, e.ExternalId, EventType = e.Event?.EventType, EventDate = e.Event?.Date?.ToString(),
                Mentions = e.Mentions.Select(Span),
            }),
            Relations = g.Relations.Select(r => new { r.Type, r.SubjectId, r.ObjectId, r.Role, Date = r.Date?.ToString(), Evidence = r.Evidence.Select(Span) }),
        };
        return Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(canonical)));
    }

    // Confidence as round-trip text: a store that gives back 0.9 as 0.90000000000000002 still compares equal.
    private static object Span(SpanRef s) => new { s.Sentence, s.Start, s.End, s.Method, Confidence = s.Confidence.ToString("R", System.Globalization.CultureInfo.InvariantCulture) };
}
