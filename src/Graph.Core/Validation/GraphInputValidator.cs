using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Core.Validation;

/// <summary>
/// Checks every write and query against the ontology before a store touches it, so that all adapters
/// reject the same input with the same message: the value, where it came from, and what is allowed.
/// </summary>
public sealed class GraphInputValidator(Ontology ontology)
{
    public Ontology Ontology { get; } = ontology;

    public void Validate(DocumentGraph graph)
    {
        var doc = graph.Document;
        if (string.IsNullOrWhiteSpace(doc.Id)) throw new GraphValidationException("A document needs an id.");
        var where = $"document '{doc.Id}'";
        if (string.IsNullOrWhiteSpace(doc.Title)) throw new GraphValidationException($"{where} has an empty title.");
        if (string.IsNullOrWhiteSpace(doc.Text)) throw new GraphValidationException($"{where} has no text.");

        var types = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < graph.Entities.Count; i++)
        {
            var e = graph.Entities[i];
            var at = $"{where}, entity #{i + 1} ('{e.Name}')";
            EntityType(e.Type, at);
            if (string.IsNullOrWhiteSpace(e.Name)) throw new GraphValidationException($"{at} has an empty name.");
            if (Ontology.IsEvent(e.Type))
            {
                if (e.Event is null) throw new GraphValidationException($"{at} is an {e.Type} without an event type; known: {Ontology.KnownEventTypes}.");
                EventType(e.Event.EventType, at);
            }
            else if (e.Event is not null)
                throw new GraphValidationException($"{at} is a {e.Type} but carries event details; only {Ontology.EventEntityType} entities do.");
            foreach (var m in e.Mentions) Span(m, doc, $"{at}, mention");
            string id;
            try { id = e.Id; }
            catch (GraphValidationException x) { throw new GraphValidationException($"{at}: {x.Message}"); }
            if (types.TryGetValue(id, out var seen) && seen != e.Type)
                throw new GraphValidationException($"{at}: id '{id}' is given twice with types {seen} and {e.Type}.");
            types[id] = e.Type;
        }

        for (var i = 0; i < graph.Relations.Count; i++)
        {
            var r = graph.Relations[i];
            var method = r.Evidence.Count > 0 ? $" from {r.Evidence[0].Method}" : "";
            var at = $"{where}, relation #{i + 1} ({r.SubjectId} {r.Type} {r.ObjectId}{method})";
            var def = RelationType(r.Type, at);
            if (!types.TryGetValue(r.SubjectId, out var fromType))
                throw new GraphValidationException($"{at}: subject '{r.SubjectId}' is not among the document's entities.");
            if (!types.TryGetValue(r.ObjectId, out var toType))
                throw new GraphValidationException($"{at}: object '{r.ObjectId}' is not among the document's entities.");
            Endpoints(def, fromType, toType, at);
            if (r.Evidence.Count == 0) throw new GraphValidationException($"{at} has no evidence; every extracted relation needs at least one span.");
            foreach (var s in r.Evidence) Span(s, doc, $"{at}, evidence");
        }
    }

    public void Validate(CuratedRelation relation, string fromType, string toType)
    {
        var at = $"curated relation ({relation.SubjectId} {relation.Type} {relation.ObjectId})";
        Endpoints(RelationType(relation.Type, at), fromType, toType, at);
    }

    public void Validate(string entityId, EntityUpdate update)
    {
        var where = $"the update of entity '{entityId}'";
        if (update.Name is not null && NameFolding.Fold(update.Name).Length == 0)
            throw new GraphValidationException($"{where} gives the name '{update.Name}', which is empty once folded; give a name with letters or digits.");
        foreach (var alias in update.Aliases ?? [])
            if (string.IsNullOrWhiteSpace(alias) || NameFolding.Fold(alias).Length == 0)
                throw new GraphValidationException($"{where} gives an empty alias '{alias}'; drop it from the list.");
    }

    public void Validate(NetworkQuery q)
    {
        if (q.Centers.Count == 0) throw new GraphValidationException("A network needs at least one center.");
        if (q.Depth is < 1 or > NetworkQuery.MaxDepth) throw new GraphValidationException($"Network depth {q.Depth} is outside 1–{NetworkQuery.MaxDepth}.");
        if (q.NodeLimit is < 1 or > NetworkQuery.MaxNodeLimit) throw new GraphValidationException($"Network node limit {q.NodeLimit} is outside 1–{NetworkQuery.MaxNodeLimit}.");
        Confidence(q.MinConfidence);
        RelationTypes(q.RelationTypes, "network filter");
        EntityTypes(q.EntityTypes, "network filter");
    }

    public void Validate(PathQuery q)
    {
        if (q.MaxLength is < 1 or > PathQuery.MaxPathLength) throw new GraphValidationException($"Path length {q.MaxLength} is outside 1–{PathQuery.MaxPathLength}.");
        if (q.First is < 1 or > PathQuery.MaxPaths) throw new GraphValidationException($"Number of paths {q.First} is outside 1–{PathQuery.MaxPaths}.");
        RelationTypes(q.RelationTypes, "path filter");
        EntityTypes(q.EntityTypes, "path filter");
    }

    public void Validate(TimelineQuery q)
    {
        if (q.ParticipantDepth is < 0 or > TimelineQuery.MaxParticipantDepth)
            throw new GraphValidationException($"Timeline depth {q.ParticipantDepth} is outside 0–{TimelineQuery.MaxParticipantDepth}.");
        foreach (var t in q.EventTypes ?? []) EventType(t, "timeline filter");
        (q.Page ?? new PageRequest()).Validate();
    }

    public void Validate(RelationQuery q)
    {
        Confidence(q.MinConfidence);
        RelationTypes(q.Types, "relation filter");
        (q.Page ?? new PageRequest()).Validate();
    }

    public void Validate(EntitySearch q)
    {
        EntityTypes(q.Types, "search filter");
        (q.Page ?? new PageRequest()).Validate();
    }

    public void EntityType(string type, string at)
    {
        if (!Ontology.IsEntityType(type))
            throw new GraphValidationException($"Unknown entity type '{type}' in {at}; known: {Ontology.KnownEntityTypes}.");
    }

    public void EventType(string type, string at)
    {
        if (!Ontology.IsEventType(type))
            throw new GraphValidationException($"Unknown event type '{type}' in {at}; known: {Ontology.KnownEventTypes}.");
    }

    public RelationTypeDefinition RelationType(string type, string at) =>
        Ontology.TryRelation(type)
            ?? throw new GraphValidationException($"Unknown relation type '{type}' in {at}; known: {Ontology.KnownRelationTypes}.");

    private static void Endpoints(RelationTypeDefinition def, string fromType, string toType, string at)
    {
        if (!def.Allows(fromType, toType))
            throw new GraphValidationException($"{at}: {def.Name} cannot go from {fromType} to {toType}; allowed: {def.Signature}.");
    }

    private void RelationTypes(IReadOnlyCollection<string>? types, string at)
    {
        foreach (var t in types ?? []) RelationType(t, at);
    }

    private void EntityTypes(IReadOnlyCollection<string>? types, string at)
    {
        foreach (var t in types ?? []) EntityType(t, at);
    }

    private static void Confidence(double c)
    {
        if (c is < 0 or > 1 || double.IsNaN(c)) throw new GraphValidationException($"Minimum confidence {c} is outside 0–1.");
    }

    private static void Span(SpanRef s, Document doc, string at)
    {
        if (s.Start < 0 || s.End <= s.Start || s.End > doc.Text.Length)
            throw new GraphValidationException($"{at} ({s.Method}) spans [{s.Start}, {s.End}), outside the text of {doc.Text.Length} characters.");
        if (s.Confidence is < 0 or > 1 || double.IsNaN(s.Confidence))
            throw new GraphValidationException($"{at} ({s.Method}) has confidence {s.Confidence}, outside 0–1.");
        if (string.IsNullOrWhiteSpace(s.Method))
            throw new GraphValidationException($"{at} does not say which component or pattern produced it.");
    }
}
