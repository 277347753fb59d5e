using Graph.Core.Identity;
using Graph.Core.Model;

namespace Graph.Ingest.Internal;

/// <summary>Plain text and Markdown, with optional front matter.</summary>
internal static class TextFormat
{
    public static Document Read(byte[] bytes, string name, DocumentFormat format)
    {
        var text = TextDecoding.Decode(bytes, name);
        var (meta, body) = FrontMatter.Split(text, name);
        if (body.Trim().Length == 0)
            throw new DocumentReadException(name, meta == FrontMatter.None
                ? "is empty (only white space); there is nothing to extract."
                : "has front matter but no text after it; there is nothing to extract.");
        body = body.Trim('\n');
        var title = meta.Title ?? FirstHeading(body) ?? Path.GetFileNameWithoutExtension(name);
        return new Document(meta.Id ?? GraphIds.DocumentFromText(body), title, meta.Date, meta.Source, FormatDetection.Name(format), body);
    }

    private static string? FirstHeading(string body)
    {
        foreach (var line in body.Split('\n'))
        {
            var t = line.Trim();
            if (t.StartsWith('#'))
            {
                var heading = t.TrimStart('#').Trim();
                if (heading.Length > 0) return heading;
            }
        }
        return null;
    }
}
