namespace Graph.Ingest;

/// <summary>A file that cannot become a document. The message names the file, what is wrong and, where it helps, what to do.</summary>
public sealed class DocumentReadException(string source, string reason)
    : Exception($"{source}: {reason}")
{
    public string Origin { get; } = source;
    public string Reason { get; } = reason;
}
