using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Extraction.Output;

namespace Graph.Extraction.Pipeline;

/// <summary>An ordered list of components run over one document, then turned into its graph.</summary>
internal sealed class ExtractionPipeline(IReadOnlyList<IComponent> components, Ontology ontology) : IExtractor
{
    public IReadOnlyList<IComponent> Components { get; } = components;

    public DocumentGraph Extract(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return GraphBuilder.Build(Analyze(document), ontology);
    }

    internal AnalyzedDocument Analyze(Document document)
    {
        var doc = new AnalyzedDocument(document);
        foreach (var c in Components) c.Process(doc);
        return doc;
    }
}
