using Graph.Core.Identity;

namespace Graph.Extraction.Knowledge;

/// <summary>The contract's name folding, for cue phrases whose leading "the" matters ("the state of").</summary>
internal static class Fold
{
    // NameFolding drops a leading "the"; a sentinel word in front keeps it, and is cut off again.
    public static string KeepingThe(string phrase)
    {
        var folded = NameFolding.Fold("x " + phrase);
        return folded.Length > 2 ? folded[2..] : "";
    }

    public static string[] Words(string phrase) => KeepingThe(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static string Name(string name) => NameFolding.Fold(name);
}
