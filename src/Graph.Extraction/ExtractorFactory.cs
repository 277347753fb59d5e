using Graph.Core.Schema;
using Graph.Extraction.Events;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Mentions;
using Graph.Extraction.Pipeline;
using Graph.Extraction.Relations;
using Graph.Extraction.Resolution;
using Graph.Extraction.Temporal;
using Graph.Extraction.Text;

namespace Graph.Extraction;

/// <summary>Builds the extractor with its knowledge loaded and compiled once; the result is thread-safe to share.</summary>
public static class ExtractorFactory
{
    private static readonly Lazy<IExtractor> Default = new(() => Create(null));

    /// <summary>The extractor over the knowledge files built into this assembly (seeds/knowledge/).</summary>
    public static IExtractor CreateDefault() => Default.Value;

    /// <summary>
    /// The extractor over a knowledge folder laid out like seeds/knowledge/: its files replace the built-in ones of
    /// the same path, the others stay. Null means the built-in files only.
    /// </summary>
    public static IExtractor Create(string? knowledgeFolder) => CreatePipeline(knowledgeFolder);

    internal static ExtractionPipeline CreatePipeline(string? knowledgeFolder)
    {
        var ontology = Ontology.Default;
        var source = new KnowledgeSource(knowledgeFolder);
        var kb = KnowledgeBase.Load(source, ontology);
        IComponent[] components =
        [
            new Tokenizer(kb),
            new SentenceSplitter(kb),
            new DateTagger(TemporalTagger.CreateDefault()),
            new GazetteerMatcher(kb),
            new ProperNounChunker(kb),
            new AcronymLinker(),
            new ConceptDetector(kb, kb.ConceptCues, "Concept", "concept"),
            new ConceptDetector(kb, kb.MovementCues, "Movement", "movement"),
            new WorkDetector(kb),
            new EntityResolver(kb),
            new DefiniteDescriptions(kb),
            new EventDetector(kb, SplitTriggers.Load(source, ontology)),
            new PatternMatcher(kb, RoleRelations.Load(source, ontology)),
            new ClauseMatcher(ClauseCueLoader.Load(source, ontology), kb),
            new WorkTopics(kb, TitleTopicRule.Load(source, ontology)),
            new GazetteerFacts(kb, OfficeCues.Load(source, ontology, kb.WordClass("defeat-verbs"))),
            new Cooccurrence(ontology),
        ];
        return new ExtractionPipeline(components, ontology);
    }
}
