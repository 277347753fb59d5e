using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Programmes come in families named alike: beside a known "Bolsa Família", an unknown "Bolsa Escola" or "Bolsa
/// Alimentação" is a programme too. A name-shaped run no rule typed is a Concept when its first word opens the name
/// of a gazetteer programme or policy the document names.
/// </summary>
internal static class ProgramFamilies
{
    private static readonly HashSet<string> Kinds = ["program", "policy"];

    public static List<(Sentence Sentence, int First, int End)> Members(ProperNounChunker.Context ctx, IEnumerable<(Sentence Sentence, int First, int End)> untyped)
    {
        var tokens = ctx.Doc.Tokens;
        var openers = ctx.Doc.Mentions
            .Where(m => m is { Type: "Concept", Canonical: not null } && m.Kind is not null && Kinds.Contains(m.Kind) && m.EndToken - m.FirstToken >= 2)
            .Select(m => tokens[m.FirstToken].Lower).ToHashSet(StringComparer.Ordinal);
        return openers.Count == 0 ? [] : untyped.Where(u => openers.Contains(tokens[u.First].Lower)).ToList();
    }
}
