using System.Text;

namespace Graph.Ingest.Internal;

internal enum DocumentFormat { Text, Markdown, Html, Pdf }

internal static class FormatDetection
{
    public static string Name(DocumentFormat format) => format switch
    {
        DocumentFormat.Text => "text",
        DocumentFormat.Markdown => "markdown",
        DocumentFormat.Html => "html",
        _ => "pdf",
    };

    public static DocumentFormat Detect(string name, byte[] bytes)
    {
        var extension = Path.GetExtension(name).ToLowerInvariant();
        switch (extension)
        {
            case ".txt": return DocumentFormat.Text;
            case ".md" or ".markdown": return DocumentFormat.Markdown;
            case ".html" or ".htm": return DocumentFormat.Html;
            case ".pdf": return DocumentFormat.Pdf;
        }
        if (bytes.AsSpan().StartsWith("%PDF-"u8)) return DocumentFormat.Pdf;
        if (LooksLikeHtml(bytes)) return DocumentFormat.Html;
        if (TextDecoding.LooksLikeText(bytes)) return DocumentFormat.Text;
        var shown = extension.Length == 0 ? "no extension" : $"extension '{extension}'";
        throw new DocumentReadException(name,
            $"is in an unknown format: {shown}, and the content is not text, HTML or PDF. Supported: {string.Join(", ", DocumentReader.Extensions)}.");
    }

    private static bool LooksLikeHtml(byte[] bytes)
    {
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.Contains("<html", StringComparison.OrdinalIgnoreCase);
    }
}
