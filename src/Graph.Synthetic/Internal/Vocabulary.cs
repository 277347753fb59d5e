using System.Text.Json;
using Graph.Core.Schema;

namespace Graph.Synthetic.Internal;

/// <summary>vocabulary.json: syllables, name templates and sentence phrases, checked against the ontology at load.</summary>
internal sealed record Vocabulary(
    Syllables Syllables,
    string[] GivenEndings,
    string[] SurnameEndings,
    Dictionary<string, EntityVocabulary> EntityTypes,
    Dictionary<string, string> EventWords,
    Dictionary<string, RelationVocabulary> Relations)
{
    private const string Origin = "Graph.Synthetic/vocabulary.json";

    public static Vocabulary Load(Ontology ontology)
    {
        using var stream = typeof(Vocabulary).Assembly.GetManifestResourceStream("Graph.Synthetic.vocabulary.json")
            ?? throw new InvalidOperationException($"{Origin} is not embedded in Graph.Synthetic; rebuild the project.");
        var vocabulary = JsonSerializer.Deserialize<Vocabulary>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException($"{Origin} is empty.");
        vocabulary.Check(ontology);
        return vocabulary;
    }

    // Types are named once, in the ontology; this file must cover exactly those, or a new type would silently get no data.
    private void Check(Ontology ontology)
    {
        Cover("entity type", ontology.EntityTypes.Select(t => t.Name), EntityTypes.Keys);
        Cover("event type", ontology.EventTypes, EventWords.Keys);
        Cover("relation type", ontology.RelationTypes.Select(t => t.Name), Relations.Keys);
        foreach (var (name, e) in EntityTypes)
            if (e.Templates.Length == 0) throw new InvalidOperationException($"{Origin}: entity type {name} has no name templates; add at least one.");
    }

    private static void Cover(string kind, IEnumerable<string> ontologyNames, IEnumerable<string> vocabularyNames)
    {
        var expected = ontologyNames.ToHashSet(StringComparer.Ordinal);
        var actual = vocabularyNames.ToHashSet(StringComparer.Ordinal);
        var missing = expected.Except(actual).Order().ToArray();
        var unknown = actual.Except(expected).Order().ToArray();
        if (missing.Length > 0)
            throw new InvalidOperationException($"{Origin} has no entry for {kind} {string.Join(", ", missing)} of graph-schema/ontology.json; add one.");
        if (unknown.Length > 0)
            throw new InvalidOperationException($"{Origin} names {kind} {string.Join(", ", unknown)}, which graph-schema/ontology.json does not know; remove or rename it.");
    }
}

internal sealed record Syllables(string[] Onsets, string[] Vowels, string[] Codas);

internal sealed record EntityVocabulary(double Share, string[] Templates);

internal sealed record RelationVocabulary(string Phrase, double Weight, string[]? Roles);
