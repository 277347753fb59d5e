using Graph.Core.Identity;
using Graph.Core.Model;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Graph.Ingest.Internal;

/// <summary>The text of a PDF, page after page, in reading order; the title from its metadata.</summary>
internal static class PdfFormat
{
    public static Document Read(byte[] bytes, string name)
    {
        string text;
        string? title;
        try
        {
            using var pdf = PdfDocument.Open(bytes);
            var pages = pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p).Trim()).Where(t => t.Length > 0);
            text = string.Join("\n\n", pages).Replace("\r\n", "\n");
            title = pdf.Information.Title;
        }
        catch (Exception e) when (e is not DocumentReadException)
        {
            // PdfPig reports damage with many exception types; all of them mean the same thing to the user.
            throw new DocumentReadException(name, $"is not a readable PDF ({e.Message.TrimEnd('.')}); check that the file is complete.");
        }
        if (text.Trim().Length == 0)
            throw new DocumentReadException(name, "is a PDF without extractable text (scanned pages?); run OCR on it first.");
        title = string.IsNullOrWhiteSpace(title) ? Path.GetFileNameWithoutExtension(name) : title.Trim();
        return new Document(GraphIds.DocumentFromText(text), title, null, null, FormatDetection.Name(DocumentFormat.Pdf), text);
    }
}
