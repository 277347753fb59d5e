using Graph.Core.Dates;
using Graph.Core.Schema;

namespace Graph.Extraction.Knowledge;

/// <summary>Reads gazetteer TSVs (format in seeds/knowledge/README.md).</summary>
internal static class GazetteerLoader
{
    public static IEnumerable<GazetteerEntry> Read(string text, string origin, Ontology ontology)
    {
        foreach (var row in Tsv.Read(text, origin))
        {
            var name = row.Required("name");
            var type = row.Required("type");
            if (!ontology.IsEntityType(type) || ontology.IsEvent(type))
                throw new KnowledgeFormatException($"{row.Where}: type '{type}' of '{name}' is not a gazetteer entity type; use one of {ontology.KnownEntityTypes} except {ontology.EventEntityType}.");
            var aliases = Split(row.Get("aliases"), '|');
            var facts = Split(row.Get("facts"), ';').Select(f => ParseFact(f, row, ontology)).ToArray();
            var wikidata = row.Get("wikidata");
            yield return new GazetteerEntry(name, type, row.Get("kind"), aliases, wikidata.Length > 0 ? wikidata : null, facts, row.Where);
        }
    }

    private static string[] Split(string cell, char separator) =>
        cell.Split(separator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>RELATION>Object[@role][#EDTF]</summary>
    private static GazetteerFact ParseFact(string text, TsvRow row, Ontology ontology)
    {
        var gt = text.IndexOf('>');
        if (gt <= 0) throw new KnowledgeFormatException($"{row.Where}: fact '{text}' should read RELATION>Object[@role][#date], e.g. LOCATED_IN>Venezuela.");
        var relation = text[..gt].Trim();
        if (!ontology.IsRelationType(relation))
            throw new KnowledgeFormatException($"{row.Where}: fact '{text}' names unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
        var rest = text[(gt + 1)..];
        EdtfDate? date = null;
        var hash = rest.IndexOf('#');
        if (hash >= 0)
        {
            if (!EdtfDate.TryParse(rest[(hash + 1)..], out var d, out var error))
                throw new KnowledgeFormatException($"{row.Where}: fact '{text}' has a bad date: {error}.");
            date = d;
            rest = rest[..hash];
        }
        string? role = null;
        var at = rest.IndexOf('@');
        if (at >= 0) { role = rest[(at + 1)..].Trim(); rest = rest[..at]; }
        return new GazetteerFact(relation, rest.Trim(), string.IsNullOrEmpty(role) ? null : role, date);
    }
}
