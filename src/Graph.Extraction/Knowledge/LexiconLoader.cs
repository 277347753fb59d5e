using System.Collections.Frozen;
using Graph.Core.Schema;

namespace Graph.Extraction.Knowledge;

/// <summary>Readers for the small cue lists under seeds/knowledge/lexicon, concepts and events.</summary>
internal static class LexiconLoader
{
    public static PhraseTrie<PersonCue> PersonCues(IEnumerable<TsvRow> rows)
    {
        var trie = new PhraseTrie<PersonCue>();
        foreach (var r in rows)
        {
            var cue = r.Required("cue");
            var role = r.Get("role");
            var leads = r.Get("leads");
            if (leads is not ("yes" or "no" or ""))
                throw new KnowledgeFormatException($"{r.Where}: column 'leads' is '{leads}'; write yes or no.");
            trie.Add(Fold.Words(cue), new PersonCue(cue, role.Length > 0 ? role : cue.ToLowerInvariant(), leads == "yes"));
        }
        return trie;
    }

    public static PhraseTrie<string> Phrases(IEnumerable<TsvRow> rows, string column)
    {
        var trie = new PhraseTrie<string>();
        foreach (var r in rows) trie.Add(Fold.Words(r.Required(column)), r.Required(column));
        return trie;
    }

    public static FrozenDictionary<string, HeadWord> HeadWords(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var d = new Dictionary<string, HeadWord>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var type = EntityType(r, ontology);
            var head = r.Required("head");
            d[Fold.Name(head)] = new HeadWord(head, type, r.Get("kind"));
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static FrozenDictionary<string, TypeOverride> TypeOverrides(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var d = new Dictionary<string, TypeOverride>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var from = r.Required("from_type");
            var to = r.Required("to_type");
            foreach (var t in new[] { from, to })
                if (!ontology.IsEntityType(t) || ontology.IsEvent(t))
                    throw new KnowledgeFormatException($"{r.Where}: type '{t}' is unknown; use one of {ontology.KnownEntityTypes} except {ontology.EventEntityType}.");
            d[Fold.Name(r.Required("word"))] = new TypeOverride(r.Required("word"), from, to, r.Get("kind"), r.Get("unless_kind"));
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static FrozenDictionary<string, FactPolicy> FactPolicies(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var d = new Dictionary<string, FactPolicy>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var relation = r.Required("relation");
            if (!ontology.IsRelationType(relation))
                throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var use = r.Required("use");
            if (use is not ("yes" or "no")) throw new KnowledgeFormatException($"{r.Where}: column 'use' is '{use}'; write yes or no.");
            if (use == "no") continue;
            var types = r.Required("subject_types").Split('|', StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var t in types)
                if (!ontology.IsEntityType(t)) throw new KnowledgeFormatException($"{r.Where}: subject type '{t}' is unknown; known: {ontology.KnownEntityTypes}.");
            var kinds = r.Get("subject_kinds").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            var gap = r.Number("max_sentence_gap", -1);
            if (gap != -1 && (gap < 0 || gap != Math.Floor(gap)))
                throw new KnowledgeFormatException($"{r.Where}: max_sentence_gap '{r.Get("max_sentence_gap")}' is not a whole number of sentences; write 0, 1, ... or leave it empty for no limit.");
            var gapFree = r.Get("gap_free_objects").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var t in gapFree)
                if (!ontology.IsEntityType(t)) throw new KnowledgeFormatException($"{r.Where}: gap_free_objects names '{t}', an unknown type; known: {ontology.KnownEntityTypes}.");
            var yieldsTo = r.Get("yields_to").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            foreach (var y in yieldsTo)
                if (!ontology.IsRelationType(y)) throw new KnowledgeFormatException($"{r.Where}: yields_to names '{y}', an unknown relation; known: {ontology.KnownRelationTypes}.");
            d[relation] = new FactPolicy(relation, types, kinds, r.Number("confidence", 0.5), gap < 0 ? null : (int)gap, gapFree, yieldsTo);
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static FrozenDictionary<string, DefiniteNoun> DefiniteNouns(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var d = new Dictionary<string, DefiniteNoun>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            var type = EntityType(r, ontology);
            var kinds = r.Get("kinds").Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
            d[Fold.Name(r.Required("noun"))] = new DefiniteNoun(r.Required("noun"), type, kinds);
        }
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    public static IReadOnlyList<ConceptCue> ConceptCues(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var list = new List<ConceptCue>();
        foreach (var r in rows)
        {
            var kind = r.Required("kind");
            if (kind is not ("suffix" or "head" or "phrase" or "modifier" or "exclude"))
                throw new KnowledgeFormatException($"{r.Where}: kind '{kind}' is not one of suffix, head, phrase, modifier, exclude.");
            list.Add(new ConceptCue(kind, Fold.KeepingThe(r.Required("value")), r.Where));
        }
        return list;
    }

    public static PhraseTrie<Trigger> Triggers(IEnumerable<TsvRow> rows, Ontology ontology)
    {
        var trie = new PhraseTrie<Trigger>();
        foreach (var r in rows)
        {
            var type = r.Required("event_type");
            // "none" marks a phrase that contains a trigger but tells no event ("riot police"): matched longest first, it blocks the shorter one.
            if (type != Trigger.None && !ontology.IsEventType(type))
                throw new KnowledgeFormatException($"{r.Where}: event type '{type}' is unknown; known: {ontology.KnownEventTypes}.");
            var phrase = r.Required("trigger");
            trie.Add(Fold.Words(phrase), new Trigger(type, phrase, r.Where));
        }
        return trie;
    }

    private static string EntityType(TsvRow r, Ontology ontology)
    {
        var type = r.Required("type");
        return ontology.IsEntityType(type) && !ontology.IsEvent(type)
            ? type
            : throw new KnowledgeFormatException($"{r.Where}: type '{type}' is unknown; use one of {ontology.KnownEntityTypes} except {ontology.EventEntityType}.");
    }
}
