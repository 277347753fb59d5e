using Microsoft.Net.Http.Headers;

namespace Graph.Api.Http;

internal static class MediaTypes
{
    public const string GraphQLResponse = "application/graphql-response+json";
    public const string Json = "application/json";

    /// <summary>
    /// The response type the Accept header allows, preferring the GraphQL-over-HTTP type; null when it allows
    /// neither (406). No Accept header, or a wildcard, gets the GraphQL-over-HTTP type.
    /// </summary>
    public static string? Negotiate(IList<string> accept)
    {
        if (accept.Count == 0 || (accept.Count == 1 && string.IsNullOrWhiteSpace(accept[0]))) return GraphQLResponse;
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges)) return null;
        foreach (var range in ranges.Where(r => (r.Quality ?? 1) > 0).OrderByDescending(r => r.Quality ?? 1))
        {
            var type = range.MediaType.Value?.ToLowerInvariant();
            if (type is GraphQLResponse or "*/*" or "application/*") return GraphQLResponse;
            if (type is Json) return Json;
        }
        return null;
    }

    public static bool AcceptsHtml(IList<string> accept) =>
        MediaTypeHeaderValue.TryParseList(accept, out var ranges) && ranges.Any(r => r.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));

    /// <summary>A request body must be JSON; a charset other than UTF-8 is refused rather than misread.</summary>
    public static bool IsJsonBody(string? contentType) =>
        MediaTypeHeaderValue.TryParse(contentType, out var type)
        && type.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase)
        && (type.Charset.Value is null || type.Charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase));
}
