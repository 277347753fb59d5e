using Graph.Core.Model;
using Graph.Ingest.Internal;

namespace Graph.Ingest;

public sealed record ReaderOptions(long MaxBytes = ReaderOptions.DefaultMaxBytes)
{
    public const long DefaultMaxBytes = 10 * 1024 * 1024;
}

/// <summary>
/// Reads a file or its bytes into a <see cref="Document"/>. The format comes from the extension, or from the
/// content when the extension is unknown. Anything unreadable throws <see cref="DocumentReadException"/>.
/// </summary>
public sealed class DocumentReader(ReaderOptions? options = null)
{
    public static readonly IReadOnlyList<string> Extensions = [".txt", ".md", ".html", ".htm", ".pdf"];

    private readonly ReaderOptions _options = options ?? new ReaderOptions();

    public static bool HasKnownExtension(string path) => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public Document ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            // The size is checked before reading, so a huge file is refused without loading it.
            var length = new FileInfo(path).Length;
            CheckSize(length, path);
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new DocumentReadException(path, $"cannot be read: {e.Message}");
        }
        return Read(bytes, path);
    }

    /// <summary>Reads bytes as if they were the file <paramref name="name"/> (its extension picks the format; it names errors).</summary>
    public Document Read(byte[] bytes, string name)
    {
        CheckSize(bytes.LongLength, name);
        if (bytes.Length == 0) throw new DocumentReadException(name, "is empty (0 bytes); there is nothing to extract.");
        var format = FormatDetection.Detect(name, bytes);
        return format switch
        {
            DocumentFormat.Text or DocumentFormat.Markdown => TextFormat.Read(bytes, name, format),
            DocumentFormat.Html => HtmlFormat.Read(bytes, name),
            DocumentFormat.Pdf => PdfFormat.Read(bytes, name),
            _ => throw new DocumentReadException(name, "is in an unknown format."),
        };
    }

    private void CheckSize(long length, string name)
    {
        if (length > _options.MaxBytes)
            throw new DocumentReadException(name,
                $"is {length:N0} bytes, above the limit of {_options.MaxBytes:N0}; split it into smaller documents.");
    }
}
