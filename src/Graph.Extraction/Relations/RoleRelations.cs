using Graph.Core.Schema;
using Graph.Extraction.Knowledge;

namespace Graph.Extraction.Relations;

/// <summary>
/// Roles whose holders stand in another relation than the pattern that found them says (relations/role-relations.tsv):
/// "Berta Cáceres, co-founder of COPINH" matches a leadership pattern through its {Role} slot, but one of several
/// founders is a member, not the leader.
/// </summary>
internal static class RoleRelations
{
    public const string File = "relations/role-relations.tsv";

    public static IReadOnlyDictionary<string, string> Load(KnowledgeSource source, Ontology ontology)
    {
        var text = source.Read(File)
            ?? throw new KnowledgeFormatException($"Knowledge file {source.Describe(File)} is missing; restore it or rebuild Graph.Extraction.");
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in Tsv.Read(text, source.Describe(File)))
        {
            var relation = r.Required("relation");
            if (ontology.TryRelation(relation) is null)
                throw new KnowledgeFormatException($"{r.Where}: unknown relation '{relation}'; known: {ontology.KnownRelationTypes}.");
            var role = r.Required("role");
            if (!map.TryAdd(role, relation))
                throw new KnowledgeFormatException($"{r.Where}: role '{role}' is listed twice; keep one line per role.");
        }
        return map;
    }
}
