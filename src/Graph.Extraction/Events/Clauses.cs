using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

/// <summary>
/// Cuts a sentence into clauses so an event takes its date, place and participants from its own clause: at
/// semicolons, colons and dashes, and at a comma that opens a relative or coordinated clause (", which", ", and").
/// An apposition (", a town in ...,") is not cut: it belongs to the noun it describes.
/// </summary>
internal static class Clauses
{
    private static readonly HashSet<string> Hard = [";", ":", "—", "–"];

    // A coordinated clause can tell a second happening of the same kind ("X resigned, and Y was removed").
    private static readonly HashSet<string> Coordinators = ["while", "whereas", "but", "and", "after", "before", "until", "although", "though", "as"];

    // A relative clause describes a noun of its host, often the same happening ("protest began, where the union blocked
    // the roads"): it bounds what the trigger takes from it, but does not start a second event of the same type.
    private static readonly HashSet<string> Relatives = ["which", "who", "whom", "whose", "where", "when"];

    /// <summary>
    /// For each token of the sentence (offset by its first token), its clause index (cut at every opener) and its
    /// major clause index (cut at hard marks and coordinators only).
    /// </summary>
    public static (int[] Clause, int[] Major) Of(IReadOnlyList<Token> tokens, Sentence s)
    {
        var clause = new int[s.TokenCount];
        var major = new int[s.TokenCount];
        var (current, currentMajor) = (0, 0);
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            var text = tokens[t].Text;
            var next = text == "," && t + 1 < s.EndToken ? tokens[t + 1].Lower : null;
            var hard = Hard.Contains(text) || next is not null && Coordinators.Contains(next);
            if (hard) currentMajor++;
            if (hard || next is not null && Relatives.Contains(next)) current++;
            clause[t - s.FirstToken] = current;
            major[t - s.FirstToken] = currentMajor;
        }
        return (clause, major);
    }
}
