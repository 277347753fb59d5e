namespace Graph.Extraction.Pipeline;

/// <summary>
/// One step of the pipeline: reads what earlier steps wrote and adds its own annotations.
/// <see cref="Assigns"/> names what it writes, so a reader of the pipeline sees the data flow.
/// </summary>
internal interface IComponent
{
    string Name { get; }
    IReadOnlyList<string> Assigns { get; }
    void Process(AnalyzedDocument doc);
}
