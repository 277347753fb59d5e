using Graph.Core.Model;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Relations;

/// <summary>
/// What a work is about, read from its title: a nationality word in the title ("The Long Honduran Night",
/// "Understanding the Venezuelan Revolution") names the country the work is about, when the document names it.
/// Reviews and blurbs rarely restate a book's topics in a sentence of their own. (Entities named in a subtitle
/// were tried as topics too: 1 right, 5 wrong on the development and seed texts, so they are not used.)
/// </summary>
internal sealed class WorkTopics(KnowledgeBase kb, IReadOnlyList<TitleTopicRule> rules) : IComponent
{
    public const string Method = "title";
    public string Name => "work-topics";
    public IReadOnlyList<string> Assigns => ["Relations"];

    public void Process(AnalyzedDocument doc)
    {
        if (rules.Count == 0) return;
        var byName = doc.Entities.GroupBy(e => e.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            var def = kb.Ontology.Relation(rule.Relation);
            foreach (var work in doc.Entities.Where(e => def.From.Contains(e.Type)))
            foreach (var m in work.Mentions)
            {
                var s = doc.Sentences[m.Sentence];
                for (var t = m.FirstToken; t < m.EndToken; t++)
                    if (kb.Demonyms.TryGetValue(doc.Tokens[t].Lower, out var place) && byName.TryGetValue(place, out var country)
                        && def.Allows(work.Type, country.Type))
                        doc.Relations.Add(new ExtractedRelation(def.Name, work, country,
                            new SpanRef(s.Index, m.Start, m.End, $"{Method}:{rule.Source}", rule.Confidence)));
            }
        }
    }
}

internal sealed record TitleTopicRule(string Relation, string Source, double Confidence)
{
    public const string Demonym = "demonym";
    public const string File = "relations/title-topics.tsv";

    public static IReadOnlyList<TitleTopicRule> Load(KnowledgeSource source, Graph.Core.Schema.Ontology ontology)
    {
        var text = source.Read(File)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(File)} is missing; restore it or rebuild Graph.Extraction.");
        var rules = new List<TitleTopicRule>();
        foreach (var r in Tsv.Read(text, source.Describe(File)))
        {
            var relation = r.Required("relation");
            if (ontology.TryRelation(relation) is null)
                throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var src = r.Required("source");
            if (src is not Demonym)
                throw new KnowledgeFormatException($"{r.Where}: source '{src}' is unknown; use {Demonym}.");
            rules.Add(new TitleTopicRule(relation, src, r.Number("confidence", 0.55)));
        }
        return rules;
    }
}
