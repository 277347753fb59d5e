using System.Collections.Frozen;
using System.Text.Json;

namespace Graph.Core.Schema;

/// <summary>
/// The entity, event and relation types of the knowledge model, loaded from graph-schema/ontology.json.
/// Every other part of the system asks this class rather than naming types itself.
/// </summary>
public sealed class Ontology
{
    public IReadOnlyList<EntityTypeDefinition> EntityTypes { get; }
    public IReadOnlyList<string> EventTypes { get; }
    public IReadOnlyList<RelationTypeDefinition> RelationTypes { get; }
    public string EventEntityType { get; }
    public int Version { get; }

    private readonly FrozenDictionary<string, EntityTypeDefinition> _entityTypes;
    private readonly FrozenDictionary<string, RelationTypeDefinition> _relationTypes;
    private readonly FrozenSet<string> _eventTypes;

    private Ontology(int version, string eventEntityType, IReadOnlyList<EntityTypeDefinition> entityTypes,
        IReadOnlyList<string> eventTypes, IReadOnlyList<RelationTypeDefinition> relationTypes)
    {
        Version = version;
        EventEntityType = eventEntityType;
        EntityTypes = entityTypes;
        EventTypes = eventTypes;
        RelationTypes = relationTypes;
        _entityTypes = entityTypes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _relationTypes = relationTypes.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        _eventTypes = eventTypes.ToFrozenSet(StringComparer.Ordinal);
    }

    private static readonly Lazy<Ontology> Embedded = new(() =>
    {
        using var stream = typeof(Ontology).Assembly.GetManifestResourceStream("Graph.Core.ontology.json")
            ?? throw new InvalidOperationException("graph-schema/ontology.json is not embedded in Graph.Core; rebuild the project.");
        return Load(stream, "graph-schema/ontology.json");
    });

    /// <summary>The ontology of graph-schema/ontology.json, as built into this assembly.</summary>
    public static Ontology Default => Embedded.Value;

    public bool IsEntityType(string type) => _entityTypes.ContainsKey(type);
    public bool IsEventType(string type) => _eventTypes.Contains(type);
    public bool IsRelationType(string type) => _relationTypes.ContainsKey(type);
    public bool IsEvent(string entityType) => entityType == EventEntityType;

    public RelationTypeDefinition Relation(string type) =>
        _relationTypes.TryGetValue(type, out var def)
            ? def
            : throw new GraphValidationException($"Unknown relation type '{type}'; known: {string.Join(", ", _relationTypes.Keys.Order())}.");

    public RelationTypeDefinition? TryRelation(string type) => _relationTypes.GetValueOrDefault(type);

    /// <summary>The relation type that plays a structural part, e.g. "containment" → LOCATED_IN.</summary>
    public string RelationWithSemantics(string semantics) =>
        RelationTypes.FirstOrDefault(r => r.Semantics == semantics)?.Name
            ?? throw new InvalidOperationException($"The ontology has no relation type with semantics '{semantics}'.");

    public string ContainmentRelation => RelationWithSemantics("containment");
    public string ParticipationRelation => RelationWithSemantics("participation");
    public string EventPlaceRelation => RelationWithSemantics("event-place");
    public string CooccurrenceRelation => RelationWithSemantics("cooccurrence");

    public string KnownEntityTypes => string.Join(", ", EntityTypes.Select(t => t.Name));
    public string KnownEventTypes => string.Join(", ", EventTypes);
    public string KnownRelationTypes => string.Join(", ", RelationTypes.Select(t => t.Name));

    /// <summary>Reads an ontology file; <paramref name="origin"/> names it in errors.</summary>
    public static Ontology Load(Stream json, string origin)
    {
        OntologyFile file;
        try
        {
            file = JsonSerializer.Deserialize<OntologyFile>(json, JsonOptions)
                ?? throw new GraphValidationException($"{origin} is empty.");
        }
        catch (JsonException e)
        {
            throw new GraphValidationException($"{origin} is not valid ontology JSON: {e.Message}");
        }

        // Missing sections deserialize as null; say which one instead of failing with a NullReferenceException.
        var missing = new[] { ("eventEntityType", file.EventEntityType as object), ("entityTypes", file.EntityTypes),
            ("eventTypes", file.EventTypes), ("relationTypes", file.RelationTypes) }.Where(p => p.Item2 is null).Select(p => p.Item1).ToArray();
        if (missing.Length > 0)
            throw new GraphValidationException($"{origin} has no {string.Join(", ", missing)}; an ontology needs eventEntityType, entityTypes, eventTypes and relationTypes (groups is optional).");
        var groups = file.Groups ?? [];
        foreach (var r in file.RelationTypes)
            if (string.IsNullOrWhiteSpace(r.Name) || r.From is not { Count: > 0 } || r.To is not { Count: > 0 })
                throw new GraphValidationException($"{origin}: relation type '{r.Name}' needs a name and non-empty 'from' and 'to' lists.");
        Unique(file.EntityTypes.Select(t => t.Name), "entity type", origin);
        Unique(file.EventTypes, "event type", origin);
        Unique(file.RelationTypes.Select(r => r.Name), "relation type", origin);

        var entityNames = file.EntityTypes.Select(t => t.Name).ToHashSet(StringComparer.Ordinal);
        if (!entityNames.Contains(file.EventEntityType))
            throw new GraphValidationException($"{origin}: eventEntityType '{file.EventEntityType}' is not an entity type.");

        IReadOnlyList<string> Expand(IEnumerable<string> names, string relation) => names
            .SelectMany(n => groups.TryGetValue(n, out var members) ? members : [n])
            .Select(n => entityNames.Contains(n) ? n
                : throw new GraphValidationException($"{origin}: relation {relation} names unknown entity type or group '{n}'."))
            .Distinct()
            .ToArray();

        var relations = file.RelationTypes.Select(r => new RelationTypeDefinition(
            r.Name, Expand(r.From, r.Name), Expand(r.To, r.Name), r.Symmetric, r.Scored ?? true,
            r.SameTypeOnly, r.Semantics, r.Description ?? "")).ToArray();

        return new Ontology(file.Version, file.EventEntityType,
            file.EntityTypes.Select(t => new EntityTypeDefinition(t.Name, t.Description ?? "")).ToArray(),
            file.EventTypes, relations);
    }

    private static void Unique(IEnumerable<string> names, string kind, string origin)
    {
        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null) throw new GraphValidationException($"{origin} defines {kind} '{twice.Key}' twice; keep one definition.");
    }

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };

    private sealed record OntologyFile(
        int Version,
        string EventEntityType,
        List<EntityTypeFile> EntityTypes,
        List<string> EventTypes,
        Dictionary<string, List<string>> Groups,
        List<RelationTypeFile> RelationTypes);

    private sealed record EntityTypeFile(string Name, string? Description);

    private sealed record RelationTypeFile(
        string Name, List<string> From, List<string> To, bool Symmetric, bool? Scored,
        bool SameTypeOnly, string? Semantics, string? Description);
}

public sealed record EntityTypeDefinition(string Name, string Description);

public sealed record RelationTypeDefinition(
    string Name,
    IReadOnlyList<string> From,
    IReadOnlyList<string> To,
    bool Symmetric,
    bool Scored,
    bool SameTypeOnly,
    string? Semantics,
    string Description)
{
    public bool Allows(string fromType, string toType) =>
        From.Contains(fromType) && To.Contains(toType) && (!SameTypeOnly || fromType == toType);

    public string Signature => $"{string.Join("|", From)} → {string.Join("|", To)}{(SameTypeOnly ? " (same type)" : "")}";
}
