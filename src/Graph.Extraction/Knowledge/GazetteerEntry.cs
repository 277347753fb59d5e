using Graph.Core.Dates;

namespace Graph.Extraction.Knowledge;

/// <summary>One line of a gazetteer file: a canonical name, its type and kind, aliases and general facts.</summary>
internal sealed record GazetteerEntry(string Name, string Type, string Kind, IReadOnlyList<string> Aliases,
    string? Wikidata, IReadOnlyList<GazetteerFact> Facts, string Where);

/// <summary>A relation that holds as general knowledge: RELATION>Object[@role][#date].</summary>
internal sealed record GazetteerFact(string Relation, string Object, string? Role, EdtfDate? Date);

/// <summary>How the gazetteer matched a span: through the canonical name, an alias, or an acronym (case-sensitive).</summary>
internal sealed record GazetteerHit(GazetteerEntry Entry, string Form, bool IsAcronym, bool IsCanonical);
