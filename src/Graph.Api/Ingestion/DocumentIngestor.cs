using System.Text;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Extraction;
using Graph.Ingest;

namespace Graph.Api.Ingestion;

/// <summary>
/// One document in: extract, then apply as one unit of work. Shared by the seeding at start-up and the
/// ingestDocument mutation, so both store exactly the same thing for the same text.
/// </summary>
internal sealed class DocumentIngestor(IExtractor extractor, IGraphWriter writer)
{
    public static readonly IReadOnlyList<string> Formats = ["text", "markdown", "html", "pdf"];

    private readonly DocumentReader _reader = new();

    public async Task<(DocumentGraph Graph, ApplyResult Result)> IngestAsync(Document document, CancellationToken cancellationToken)
    {
        var graph = extractor.Extract(document);
        // The extraction is pure; only the apply writes, and it is atomic, so a cancelled request leaves nothing half-done.
        var result = await writer.ApplyDocumentAsync(graph, cancellationToken);
        return (graph, result);
    }

    public Task<(DocumentGraph Graph, ApplyResult Result)> IngestFileAsync(string path, CancellationToken cancellationToken) =>
        IngestAsync(_reader.ReadFile(path), cancellationToken);

    /// <summary>
    /// A document from text sent by a client. Markdown and HTML go through the same readers as files (front
    /// matter, markup removal); fields given explicitly win over what the text's front matter says.
    /// </summary>
    public Document FromText(string title, string text, Core.Dates.EdtfDate? date, string? source, string format)
    {
        CheckFormat(format);
        if (format == "pdf")
            throw new InvalidDocumentException("A PDF cannot be sent as text; send its bytes in contentBase64.");
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidDocumentException("The document's text is empty; send the text to extract from.");
        if (LooksBinary(text, out var where))
            throw new InvalidDocumentException($"The document's text looks binary ({where}); send plain, Markdown or HTML text, not file bytes.");
        if (string.IsNullOrWhiteSpace(title))
            throw new InvalidDocumentException("The document's title is empty; give it a title.");

        return Read(Encoding.UTF8.GetBytes(text), title, date, source, format);
    }

    /// <summary>A document from a file's bytes sent by a client (base64), read by the same readers as files.</summary>
    public Document FromBytes(string title, string contentBase64, bool textAlsoGiven, Core.Dates.EdtfDate? date, string? source, string format)
    {
        CheckFormat(format);
        if (textAlsoGiven)
            throw new InvalidDocumentException("Send either text or contentBase64, not both.");
        if (string.IsNullOrWhiteSpace(title))
            throw new InvalidDocumentException("The document's title is empty; give it a title.");
        byte[] bytes;
        try { bytes = Convert.FromBase64String(contentBase64); }
        catch (FormatException) { throw new InvalidDocumentException("contentBase64 is not valid base64; encode the file's bytes with standard base64."); }
        if (bytes.Length == 0)
            throw new InvalidDocumentException("contentBase64 holds no bytes; send the file's content.");
        return Read(bytes, title, date, source, format);
    }

    private Document Read(byte[] bytes, string title, Core.Dates.EdtfDate? date, string? source, string format)
    {
        var extension = format switch { "markdown" => ".md", "html" => ".html", "pdf" => ".pdf", _ => ".txt" };
        Document read;
        try
        {
            read = _reader.Read(bytes, title.Trim() + extension);
        }
        catch (DocumentReadException e)
        {
            throw new InvalidDocumentException($"The document cannot be read: {e.Reason}");
        }
        return read with { Title = title.Trim(), Date = date ?? read.Date, Source = source ?? read.Source };
    }

    private static void CheckFormat(string format)
    {
        if (!Formats.Contains(format))
            throw new InvalidDocumentException($"Format '{format}' is not one of {string.Join(", ", Formats)}; send the document in one of them.");
    }

    private static bool LooksBinary(string text, out string where)
    {
        var control = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\0') { where = $"a NUL character at offset {i}"; return true; }
            if (c == '\uFFFD' || (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f'))) control++;
        }
        // A few stray control characters happen in pasted text; a high share means bytes decoded as text.
        where = $"{control} control or undecodable characters in {text.Length}";
        return control > 8 && control * 20 > text.Length;
    }
}

/// <summary>Text a client sent that cannot become a document; the message says what to send instead.</summary>
internal sealed class InvalidDocumentException(string message) : Exception(message);
