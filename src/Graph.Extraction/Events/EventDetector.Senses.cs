using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

/// <summary>Senses of a trigger that its neighbours decide: a capitalized trigger that names a happening, an office won at the polls.</summary>
internal sealed partial class EventDetector
{
    private const string AppointmentType = "Appointment";
    private const string ElectionType = "Election";
    private static readonly HashSet<string> PolicyNouns = ["decree", "law"];

    /// <summary>
    /// Capitalized triggers are skipped so "March 15" is no march; two capitalized uses still name a happening:
    /// "the March of the Four Suyos" (a march named after what follows "of the") and "Decree 883" (a numbered measure).
    /// </summary>
    private static bool NamedHappening(List<Token> tokens, int t, int end)
    {
        var next = t + 1 < end ? tokens[t + 1] : null;
        if (next is null) return false;
        if (PolicyNouns.Contains(tokens[t].Lower)) return next.Text.Length > 0 && char.IsAsciiDigit(next.Text[0]);
        return tokens[t].Lower == "march" && next.Lower == "of" && t + 3 < end && tokens[t + 2].Lower == "the" && tokens[t + 3].IsCapitalized;
    }

    /// <summary>
    /// "defeats Vargas Llosa and becomes president", "became president, defeating Serra": an office won against a
    /// rival is an election, not an appointment.
    /// A runoff or a share of the vote alone is not cue enough: "became president with 22 percent of the first-round
    /// vote, after Menem withdrew from the runoff" is annotated as the taking of office (devset).
    /// </summary>
    private bool WonAtThePolls(List<Token> tokens, Sentence s, Trigger trigger)
    {
        if (!trigger.Phrase.StartsWith("bec", StringComparison.OrdinalIgnoreCase) || !trigger.Phrase.EndsWith("president", StringComparison.OrdinalIgnoreCase)) return false;
        if (trigger.Phrase.Contains("interim", StringComparison.OrdinalIgnoreCase) || trigger.Phrase.Contains("acting", StringComparison.OrdinalIgnoreCase)) return false;
        for (var k = s.FirstToken; k < s.EndToken; k++)
            if (_defeatVerbs.Contains(tokens[k].Lower)) return true;
        return false;
    }
}
