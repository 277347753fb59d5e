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
    public static readonly IReadOnlyList<string> Formats = ["text", "markdown", "html"];

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
        if (!Formats.Contains(format))
            throw new InvalidDocumentException($"Format '{format}' is not one of {string.Join(", ", Formats)}; send the text in one of them.");
        if (string.IsNullOrWhiteSpace(text))
            throw new InvalidDocumentException("The document's text is empty; send the text to extract from.");
        if (LooksBinary(text, out var where))
            throw new InvalidDocumentException($"The document's text looks binary ({where}); send plain, Markdown or HTML text, not file bytes.");
        if (string.IsNullOrWhiteSpace(title))
            throw new InvalidDocumentException("The document's title is empty; give it a title.");

        var extension = format switch { "markdown" => ".md", "html" => ".html", _ => ".txt" };
        Document read;
        try
        {
            read = _reader.Read(Encoding.UTF8.GetBytes(text), title.Trim() + extension);
        }
        catch (DocumentReadException e)
        {
            throw new InvalidDocumentException($"The document cannot be read: {e.Reason}");
        }
        return read with { Title = title.Trim(), Date = date ?? read.Date, Source = source ?? read.Source };
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
