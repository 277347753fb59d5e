using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Schema;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// The only text that enters Cypher besides fixed query shapes: labels and relationship types taken from the
/// ontology (a whitelist, backticked) and integer bounds checked against their limits. Labels and types cannot
/// be parameters in Cypher; this class is why interpolating them is safe.
/// </summary>
internal sealed partial class Vocabulary(Ontology ontology)
{
    public Ontology Ontology { get; } = ontology;

    /// <summary>Entity-to-entity relationship types are ontology types; these are the store's own, fixed here.</summary>
    public const string Contributes = "CONTRIBUTES";
    public const string Mentions = "MENTIONS";
    public const string HasAlias = "HAS_ALIAS";

    public string Label(string entityType) =>
        Ontology.IsEntityType(entityType) ? Quote(entityType)
            : throw new GraphValidationException($"Unknown entity type '{entityType}'; known: {Ontology.KnownEntityTypes}.");

    public string RelType(string relationType) =>
        Ontology.IsRelationType(relationType) ? Quote(relationType)
            : throw new GraphValidationException($"Unknown relation type '{relationType}'; known: {Ontology.KnownRelationTypes}.");

    public string EventLabel => Label(Ontology.EventEntityType);

    /// <summary>A relationship-type alternation for a pattern, `A`|`B`; every ontology type when none are given.</summary>
    public string RelTypes(IReadOnlyCollection<string>? types = null) =>
        string.Join("|", (types is { Count: > 0 } ? types.Distinct().Order(StringComparer.Ordinal) : Ontology.RelationTypes.Select(r => r.Name)).Select(RelType));

    public static string Bound(int value, int min, int max, string what) =>
        value >= min && value <= max
            ? value.ToString(CultureInfo.InvariantCulture)
            : throw new GraphValidationException($"{what} {value} is outside {min}–{max}.");

    private static string Quote(string name) =>
        Identifier().IsMatch(name) ? $"`{name}`"
            : throw new InvalidOperationException($"Ontology name '{name}' is not a plain identifier and cannot be used as a Neo4j label or type.");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex Identifier();

    // Projections shared by every read, so that each result row maps to the model the same way.

    public static string EntityMap(string v) =>
        $"{v} {{.id, .type, .name, .aliases, .description, .externalId, .eventType, .date}}";

    public static string RelationMap(string v) =>
        $"{v} {{.id, .role, .date, .confidence, .evidenceCount, .provenance, .status, .statusNote, type: type({v}), subjectId: startNode({v}).id, objectId: endNode({v}).id}}";

    /// <summary>
    /// A relation by id without knowing its type: one index seek per type (relationship indexes are per type),
    /// as a UNION ALL; binds r to the relation, or nothing.
    /// </summary>
    public string RelationById(string parameter) => "CALL () {\n" + string.Join("\n  UNION ALL\n",
        Ontology.RelationTypes.Select(t => $"  MATCH (:Entity)-[r:{RelType(t.Name)} {{id: ${parameter}}}]->(:Entity) RETURN r")) + "\n}";
}
