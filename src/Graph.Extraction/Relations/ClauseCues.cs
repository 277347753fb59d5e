using Graph.Core.Schema;
using Graph.Extraction.Knowledge;

namespace Graph.Extraction.Relations;

/// <summary>
/// A stance cue of relations/clause-cues.tsv: a verb or a noun phrase that relates a clause's subject to what follows.
/// <see cref="ByAuthor"/> (kind topic): the verb's subject may be a person standing for the one work the text says
/// they made ("In A World to Build, she ... draws on lessons from socialist movements": the book is about them).
/// </summary>
internal sealed record ClauseCue(string Relation, bool IsNoun, IReadOnlySet<string> Objects, double Confidence, string Phrase, bool ByAuthor = false);

internal static class ClauseCueLoader
{
    public const string File = "relations/clause-cues.tsv";

    public static PhraseTrie<ClauseCue> Load(KnowledgeSource source, Ontology ontology)
    {
        var text = source.Read(File)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(File)} is missing; restore it or rebuild Graph.Extraction.");
        var trie = new PhraseTrie<ClauseCue>();
        foreach (var r in Tsv.Read(text, source.Describe(File)))
        {
            var relation = r.Required("relation");
            if (ontology.TryRelation(relation) is null)
                throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var kind = r.Required("kind");
            if (kind is not ("verb" or "noun" or "topic"))
                throw new KnowledgeFormatException($"{r.Where}: kind '{kind}' is unknown; use verb, noun or topic.");
            var objects = r.Required("objects");
            var types = objects == "Any"
                ? ontology.EntityTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal)
                : objects.Split('|').Select(t => ontology.IsEntityType(t) ? t
                    : throw new KnowledgeFormatException($"{r.Where}: object type '{t}' is unknown; use {ontology.KnownEntityTypes} or Any.")).ToHashSet(StringComparer.Ordinal);
            var confidence = r.Number("confidence", 0.6);
            foreach (var phrase in r.Required("cue").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                trie.Add(phrase, new ClauseCue(relation, kind == "noun", types, confidence, phrase, kind == "topic"));
        }
        return trie;
    }
}
