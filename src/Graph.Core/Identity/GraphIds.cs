using System.Security.Cryptography;
using System.Text;
using Graph.Core.Schema;

namespace Graph.Core.Identity;

/// <summary>
/// Deterministic ids, so the same entity or relation from two documents is one node or one edge.
/// Entity ids read as "person:hugo-chavez"; relation ids hash their defining parts.
/// </summary>
public static class GraphIds
{
    private const int MaxSlugLength = 80;

    public static string Entity(string type, string canonicalName)
    {
        if (string.IsNullOrWhiteSpace(type)) throw new GraphValidationException("An entity needs a type.");
        var folded = NameFolding.Fold(canonicalName);
        if (folded.Length == 0)
            throw new GraphValidationException($"Entity name '{canonicalName}' of type {type} is empty once case, accents and punctuation are folded.");
        var slug = folded.Replace(' ', '-');
        // Long names (event descriptions) keep a readable prefix and a hash of the whole.
        if (slug.Length > MaxSlugLength) slug = $"{slug[..MaxSlugLength].TrimEnd('-')}-{ShortHash(folded, 8)}";
        return $"{type.ToLowerInvariant()}:{slug}";
    }

    /// <summary>A relation is defined by its type, its endpoints and its role; symmetric types ignore direction.</summary>
    public static string Relation(string type, string subjectId, string objectId, string? role, bool symmetric)
    {
        if (symmetric && string.CompareOrdinal(subjectId, objectId) > 0) (subjectId, objectId) = (objectId, subjectId);
        var key = $"{type}\u001f{subjectId}\u001f{objectId}\u001f{NameFolding.Fold(role ?? "")}";
        return $"rel:{ShortHash(key, 20)}";
    }

    /// <summary>A document's id when its front matter gives none: a hash of its text.</summary>
    public static string DocumentFromText(string text) => $"doc:{ShortHash(text, 16)}";

    public static string ContentHash(string text) => ShortHash(text, 32);

    private static string ShortHash(string value, int hexChars) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)))[..hexChars];
}
