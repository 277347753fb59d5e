namespace Graph.Exports;

/// <summary>
/// One downloadable format for one subject: what the HTTP response says (content type, file name) and how to write it.
/// The API resolves a route's format name through <see cref="ExportFormats.Get"/> and never names a writer itself.
/// </summary>
public sealed class ExportFormat
{
    private readonly Action<GraphExport, Stream> _write;

    internal ExportFormat(string name, ExportSubject subject, string contentType, string fileExtension, string description,
        Action<GraphExport, Stream> write)
    {
        (Name, Subject, ContentType, FileExtension, Description, _write) = (name, subject, contentType, fileExtension, description, write);
    }

    /// <summary>The name a route or argument uses: gexf, graphml, cyjs, graphology, csv, timelinejs.</summary>
    public string Name { get; }
    public ExportSubject Subject { get; }
    public string ContentType { get; }
    /// <summary>Without the dot; may have two parts ("graphology.json").</summary>
    public string FileExtension { get; }
    public string Description { get; }

    /// <summary>A download name such as "network.gexf", for Content-Disposition.</summary>
    public string FileName(string stem) => $"{stem}.{FileExtension}";

    public void Write(GraphExport export, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(destination);
        if (export.Subject != Subject)
            throw new ArgumentException(
                $"Format '{Name}' of the {Subject.ToString().ToLowerInvariant()} export was given a {export.Subject.ToString().ToLowerInvariant()}; " +
                $"take the format from ExportFormats.Get(ExportSubject.{export.Subject}, \"{Name}\").", nameof(export));
        _write(export, destination);
    }

    /// <summary>
    /// Writes to a buffer, then copies it asynchronously: ASP.NET Core refuses synchronous writes to a response body,
    /// and XmlWriter, ZipArchive and the CSV writer write synchronously. An export is bounded by the network's node
    /// limit and the timeline's page size, so the buffer stays small.
    /// </summary>
    public async Task WriteAsync(GraphExport export, Stream destination, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        Write(export, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(destination, cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => $"{Subject.ToString().ToLowerInvariant()}.{Name} ({ContentType})";
}
