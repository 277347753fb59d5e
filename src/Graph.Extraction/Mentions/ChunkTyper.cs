using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Decides what a capitalized run not in the gazetteer names, strongest evidence first: its head word
/// (Union, Party, Ministry...), a person title before it, a known first name, an acronym's shape,
/// a place cue ("in X", "the state of X", "X, a town"), and last its shape. Returns null to drop it.
/// </summary>
internal sealed class ChunkTyper(KnowledgeBase kb)
{
    internal readonly record struct Typed(string Type, string? Kind, string Reason, double Confidence);

    public Typed? Type(ProperNounChunker.Context ctx, Sentence s, int a, int b, PersonCue? cue)
    {
        var tokens = ctx.Doc.Tokens;
        var length = b - a;
        // "Latin American", "Central American": a nationality, whatever its words look like.
        if (length <= 3 && kb.Demonyms.ContainsKey(Fold.Name(ctx.Doc.Slice(tokens[a].Start, tokens[b - 1].End)))) return null;
        var head = Head(tokens, a, b);
        if (head is not null)
        {
            // A lone head word ("the Revolution", "the Resistance") names no particular movement.
            if (length == 1 && head.Type == "Movement") return null;
            // Nor does a lone "Police" or "Navy": a force, not a named body.
            if (length == 1 && head.Kind == "military") return null;
            return Override(tokens, a, b, head) ?? new Typed(head.Type, head.Kind, "head", 0.8);
        }
        if (cue is not null) return new Typed("Person", null, "title", 0.85);
        if (length == 1 && kb.Demonyms.ContainsKey(tokens[a].Lower)) return null;
        if (Enumerable.Range(a, length).All(t => kb.Demonyms.ContainsKey(tokens[t].Lower) || kb.FunctionWords.Contains(tokens[t].Lower))) return null;
        if (PersonCueBefore(tokens, s, a)) return new Typed("Person", null, "title", 0.85);
        if (length >= 2 && kb.FirstNames.Contains(tokens[a].Lower)) return new Typed("Person", null, "first-name", 0.8);
        if (length == 1 && tokens[a].IsAllCaps && tokens[a].Text.Count(char.IsLetter) >= 2 && !IsRomanNumeral(tokens[a].Text))
            return new Typed("Organization", null, "acronym", 0.6);
        if (length <= 4 && PlaceCue(tokens, s, a, b)) return new Typed("Place", null, "place-cue", 0.7);

        var sentenceInitial = a == s.FirstToken || !tokens[a - 1].IsWord && tokens[a - 1].Text is "“" or "\"" or "(" or "‘" or "—" or ":";
        if (length == 1)
        {
            // A lone capitalized word: a surname the resolver may attach to a full name, or nothing.
            if (sentenceInitial && ctx.LowercaseWords.Contains(tokens[a].Lower)) return null;
            if (kb.FunctionWords.Contains(tokens[a].Lower)) return null;
            return new Typed(Unresolved, null, "lone", 0.4);
        }
        if (kb.PlacePrefixes.Contains(tokens[a].Lower) && length <= 4) return new Typed("Place", null, "place-prefix", 0.65);
        if (Enumerable.Range(a, length).Any(t => ctx.LowercaseWords.Contains(tokens[t].Lower) && !kb.Connectors.ContainsKey(tokens[t].Lower)))
            return null;
        if (DefinesAcronym(tokens, b)) return new Typed("Organization", null, "defined-acronym", 0.6);
        // Two to four name-like words with no cue: a person only if the text also names them by the last word alone.
        if (length is >= 2 and <= 4 && Enumerable.Range(a, length).All(t => !char.IsDigit(tokens[t].Text[0]))
            && SurnameUsedAlone(ctx, tokens[b - 1]))
            return new Typed("Person", null, "shape", 0.5);
        return null;
    }

    private static bool DefinesAcronym(List<Token> tokens, int b) =>
        b + 2 < tokens.Count && tokens[b].Text == "(" && tokens[b + 2].Text == ")" && AcronymLinker.IsShortForm(tokens[b + 1].Text);

    private static bool SurnameUsedAlone(ProperNounChunker.Context ctx, Token last) =>
        ctx.LoneWords.ContainsKey(last.Lower);

    /// <summary>A guerrilla army or a resistance front is a movement though its head says army or front (lexicon/type-overrides.tsv).</summary>
    private Typed? Override(List<Token> tokens, int a, int b, HeadWord head)
    {
        for (var t = a; t < b; t++)
            if (kb.TypeOverrides.TryGetValue(tokens[t].Lower, out var o) && o.FromType == head.Type && o.UnlessKind != head.Kind)
                return new Typed(o.ToType, o.Kind, "head-override", 0.75);
        return null;
    }

    /// <summary>Placeholder type for a lone word the resolver keeps only if it joins a known entity.</summary>
    public const string Unresolved = "?";

    /// <summary>The last head word before the first English connector ("Federation" in "Federation of X"), else the last anywhere.</summary>
    private HeadWord? Head(List<Token> tokens, int a, int b)
    {
        HeadWord? beforeConnector = null, last = null;
        var seenConnector = false;
        for (var t = a; t < b; t++)
        {
            if (kb.Connectors.TryGetValue(tokens[t].Lower, out var where) && where == "after-head") seenConnector = true;
            // "Movement-200" heads like "Movement".
            var key = tokens[t].Words.Length > 0 ? tokens[t].Words[0] : tokens[t].Lower;
            if (!kb.HeadWords.TryGetValue(tokens[t].Lower, out var h) && !kb.HeadWords.TryGetValue(key, out h)) continue;
            last = h;
            if (!seenConnector) beforeConnector = h;
        }
        return beforeConnector ?? last;
    }

    private bool PersonCueBefore(List<Token> tokens, Sentence s, int a)
    {
        for (var back = 1; back <= 3 && a - back >= s.FirstToken; back++)
            if (kb.PersonCues.MatchAt(tokens, a - back, a).Any(m => m.End == a)) return true;
        return false;
    }

    private bool PlaceCue(List<Token> tokens, Sentence s, int a, int b)
    {
        for (var back = 1; back <= 4 && a - back >= s.FirstToken; back++)
            if (kb.PlaceCuesBefore.MatchAt(tokens, a - back, a).Any(m => m.End == a)) return true;
        // "X, a commuter town", "X, the capital of Y", "X and Y, two districts"
        if (b < s.EndToken && tokens[b].Text == ",")
            for (var t = b + 1; t < Math.Min(s.EndToken, b + 5); t++)
                if (kb.PlaceNouns.Contains(tokens[t].Lower)) return true;
        return false;
    }

    private static bool IsRomanNumeral(string text) => text.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'M');
}
