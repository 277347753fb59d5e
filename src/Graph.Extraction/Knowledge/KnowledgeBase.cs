using System.Collections.Frozen;
using Graph.Core.Dates;
using Graph.Core.Schema;

namespace Graph.Extraction.Knowledge;

/// <summary>
/// Everything the extractor knows, loaded once from seeds/knowledge/ and compiled into lookups.
/// Each loader names the file and line of a bad entry.
/// </summary>
internal sealed class KnowledgeBase
{
    public required IReadOnlyList<GazetteerEntry> Gazetteer { get; init; }
    public required PhraseTrie<GazetteerHit> GazetteerTrie { get; init; }
    public required FrozenDictionary<string, GazetteerEntry[]> ByFoldedName { get; init; }
    public required FrozenDictionary<string, string> Abbreviations { get; init; }
    public required PhraseTrie<PersonCue> PersonCues { get; init; }
    public required FrozenSet<string> FirstNames { get; init; }
    public required FrozenSet<string> FunctionWords { get; init; }
    public required FrozenDictionary<string, string> Connectors { get; init; }
    public required FrozenDictionary<string, HeadWord> HeadWords { get; init; }
    public required FrozenDictionary<string, string> Demonyms { get; init; }
    public required PhraseTrie<string> PlaceCuesBefore { get; init; }
    public required FrozenSet<string> PlaceNouns { get; init; }
    /// <summary>Nouns that, heading an apposition ("Alcasa, a state-owned aluminum plant"), make the name a body.</summary>
    public required FrozenSet<string> OrganizationNouns { get; init; }

    /// <summary>Small classes of common words rules test tokens against (lexicon/word-classes.tsv), by class name.</summary>
    public required FrozenDictionary<string, FrozenSet<string>> WordClasses { get; init; }

    /// <summary>The words of one class; a class the file lacks is a broken knowledge folder, not an empty set.</summary>
    public FrozenSet<string> WordClass(string name) => WordClasses.TryGetValue(name, out var words) ? words
        : throw new KnowledgeFormatException($"lexicon/word-classes.tsv has no class '{name}'; known: {string.Join(", ", WordClasses.Keys.Order())}.");
    public required PhraseTrie<string> WorkCues { get; init; }
    public required FrozenDictionary<string, HeadWord> LowercaseHeads { get; init; }
    public required FrozenSet<string> PlacePrefixes { get; init; }
    public required FrozenDictionary<string, TypeOverride> TypeOverrides { get; init; }
    public required IReadOnlyList<ConceptCue> ConceptCues { get; init; }
    public required IReadOnlyList<ConceptCue> MovementCues { get; init; }
    public required PhraseTrie<Trigger> Triggers { get; init; }
    public required IReadOnlyList<RelationPattern> Patterns { get; init; }
    public required FrozenDictionary<string, FactPolicy> FactPolicies { get; init; }
    public required FrozenDictionary<string, DefiniteNoun> DefiniteNouns { get; init; }
    public required Ontology Ontology { get; init; }

    public static KnowledgeBase Load(KnowledgeSource source, Ontology ontology)
    {
        var gazetteer = new List<GazetteerEntry>();
        foreach (var path in source.List("gazetteer"))
            if (path.EndsWith(".tsv", StringComparison.Ordinal))
                gazetteer.AddRange(GazetteerLoader.Read(source.Read(path)!, source.Describe(path), ontology));
        var trie = new PhraseTrie<GazetteerHit>();
        var byName = new Dictionary<string, List<GazetteerEntry>>(StringComparer.Ordinal);
        foreach (var e in gazetteer)
        {
            trie.Add(Fold.Words(e.Name), new GazetteerHit(e, e.Name, false, true));
            Index(byName, e.Name, e);
            foreach (var alias in e.Aliases)
            {
                trie.Add(Fold.Words(alias), new GazetteerHit(e, alias, LooksLikeAcronym(alias), false));
                Index(byName, alias, e);
            }
        }

        return new KnowledgeBase
        {
            Ontology = ontology,
            Gazetteer = gazetteer,
            GazetteerTrie = trie,
            ByFoldedName = byName.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.Distinct().ToArray(), StringComparer.Ordinal),
            Abbreviations = Rows(source, "lexicon/abbreviations.tsv")
                .ToDictionaryLast(r => r.Required("abbreviation").ToLowerInvariant(), r => r.Required("kind")),
            PersonCues = LexiconLoader.PersonCues(Rows(source, "lexicon/person-cues.tsv")),
            FirstNames = Rows(source, "lexicon/first-names.tsv").Select(r => Fold.Name(r.Required("name"))).ToFrozenSet(StringComparer.Ordinal),
            FunctionWords = Rows(source, "lexicon/function-words.tsv").Select(r => Fold.KeepingThe(r.Required("word"))).ToFrozenSet(StringComparer.Ordinal),
            Connectors = Rows(source, "lexicon/name-connectors.tsv")
                .ToDictionaryLast(r => Fold.KeepingThe(r.Required("word")), r => r.Required("where")),
            HeadWords = LexiconLoader.HeadWords(Rows(source, "lexicon/head-words.tsv"), ontology),
            Demonyms = Rows(source, "lexicon/demonyms.tsv")
                .ToDictionaryLast(r => Fold.Name(r.Required("demonym")), r => r.Get("place")),
            PlaceCuesBefore = LexiconLoader.Phrases(Rows(source, "lexicon/place-cues.tsv").Where(r => r.Required("kind") == "before"), "cue"),
            PlaceNouns = Rows(source, "lexicon/place-cues.tsv").Where(r => r.Required("kind") == "noun").Select(r => Fold.Name(r.Required("cue"))).ToFrozenSet(StringComparer.Ordinal),
            OrganizationNouns = Rows(source, "lexicon/organization-nouns.tsv").Select(r => Fold.Name(r.Required("noun"))).ToFrozenSet(StringComparer.Ordinal),
            WordClasses = Rows(source, "lexicon/word-classes.tsv").GroupBy(r => r.Required("class"))
                .ToFrozenDictionary(g => g.Key, g => g.Select(r => r.Required("word").ToLowerInvariant()).ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal),
            LowercaseHeads = LexiconLoader.HeadWords(Rows(source, "lexicon/lowercase-heads.tsv"), ontology),
            PlacePrefixes = Rows(source, "lexicon/place-cues.tsv").Where(r => r.Required("kind") == "prefix").Select(r => Fold.Name(r.Required("cue"))).ToFrozenSet(StringComparer.Ordinal),
            TypeOverrides = LexiconLoader.TypeOverrides(Rows(source, "lexicon/type-overrides.tsv"), ontology),
            WorkCues = LexiconLoader.Phrases(Rows(source, "lexicon/work-cues.tsv"), "cue"),
            ConceptCues = LexiconLoader.ConceptCues(Rows(source, "concepts/cues.tsv"), ontology),
            MovementCues = LexiconLoader.ConceptCues(Rows(source, "movements/cues.tsv"), ontology),
            Triggers = LexiconLoader.Triggers(Rows(source, "events/triggers.tsv"), ontology),
            DefiniteNouns = LexiconLoader.DefiniteNouns(Rows(source, "lexicon/definite-descriptions.tsv"), ontology),
            FactPolicies = LexiconLoader.FactPolicies(Rows(source, "relations/gazetteer-facts.tsv"), ontology),
            Patterns = RelationPatternParser.ParseAll(Rows(source, "relations/patterns.tsv"), ontology),
        };
    }

    private static void Index(Dictionary<string, List<GazetteerEntry>> byName, string name, GazetteerEntry e)
    {
        var key = Fold.Name(name);
        if (key.Length == 0) return;
        if (!byName.TryGetValue(key, out var list)) byName[key] = list = [];
        list.Add(e);
    }

    /// <summary>Short all-capital forms (CVG, AD, MBR-200) match case-sensitively so "ad" or "Cob" never hit.</summary>
    public static bool LooksLikeAcronym(string form)
    {
        var letters = form.Count(char.IsLetter);
        return letters >= 2 && form.Length <= 12 && !form.Any(char.IsLower) && !form.Contains(' ');
    }

    private static IEnumerable<TsvRow> Rows(KnowledgeSource source, string path)
    {
        var text = source.Read(path)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(path)} is missing; restore it or rebuild Graph.Extraction.");
        return Tsv.Read(text, source.Describe(path)).ToList();
    }
}

internal sealed record PersonCue(string Phrase, string Role, bool Leads);
/// <summary>
/// Whether gazetteer facts of one relation type become relations, for which subject types and kinds, how
/// many sentences apart the two names may be at most (null: anywhere in the document) unless the object is of a
/// type in <see cref="GapFreeObjects"/>, and which relations the text may state between the same two that replace
/// the fact (<see cref="YieldsTo"/>).
/// </summary>
internal sealed record FactPolicy(string Relation, IReadOnlySet<string> SubjectTypes, IReadOnlySet<string> SubjectKinds, double Confidence,
    int? MaxSentenceGap = null, IReadOnlySet<string>? GapFreeObjects = null, IReadOnlySet<string>? YieldsTo = null)
{
    /// <summary>How many sentences apart the subject and an object of this type may be named at most; null for anywhere.</summary>
    public int? MaxGapTo(string objectType) => GapFreeObjects is not null && GapFreeObjects.Contains(objectType) ? null : MaxSentenceGap;

    public bool Allows(string type, string? kind) =>
        SubjectTypes.Contains(type) && (SubjectKinds.Count == 0 || kind is not null && SubjectKinds.Contains(kind));
}

internal sealed record DefiniteNoun(string Noun, string Type, IReadOnlySet<string> Kinds);
internal sealed record TypeOverride(string Word, string FromType, string ToType, string Kind, string UnlessKind);
internal sealed record HeadWord(string Word, string Type, string Kind);
internal sealed record ConceptCue(string Kind, string Value, string Where);
internal sealed record Trigger(string EventType, string Phrase, string Where)
{
    public const string None = "none";
}

internal static class DictionaryExtensions
{
    /// <summary>A later line overrides an earlier one with the same key, like a later file in an override folder.</summary>
    public static FrozenDictionary<string, TV> ToDictionaryLast<TV>(this IEnumerable<TsvRow> rows, Func<TsvRow, string> key, Func<TsvRow, TV> value)
    {
        var d = new Dictionary<string, TV>(StringComparer.Ordinal);
        foreach (var r in rows) d[key(r)] = value(r);
        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
