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
        if (head is { Kind: Subunit })
            return SubunitOf(ctx, s, a, b) ? new Typed("Organization", "union", "subunit", 0.7) : null;
        if (head is not null)
        {
            // A lone head word ("the Revolution", "the Resistance") names no particular movement.
            if (length == 1 && head.Type == "Movement") return null;
            // Nor does a lone "Police" or "Navy": a force, not a named body.
            if (length == 1 && head.Kind == "military") return null;
            return Override(tokens, a, b, head) ?? new Typed(head.Type, head.Kind, "head", 0.8);
        }
        if (cue is not null) return new Typed("Person", null, "title", 0.85);
        // "published by Allen Lane": publishers often bear a founder's name, so the given name does not make a person.
        if (a - 2 >= s.FirstToken && tokens[a - 1].Lower == "by" && tokens[a - 2].Lower is "published" or "publishes" or "publish"
            && length <= 4 && Enumerable.Range(a, length).All(t => tokens[t].IsCapitalized))
            return new Typed("Organization", "publisher", "publisher", 0.65);
        if (length == 1 && kb.Demonyms.ContainsKey(tokens[a].Lower)) return null;
        if (Enumerable.Range(a, length).All(t => kb.Demonyms.ContainsKey(tokens[t].Lower) || kb.FunctionWords.Contains(tokens[t].Lower))) return null;
        if (PersonCueBefore(tokens, s, a)) return new Typed("Person", null, "title", 0.85);
        // "Marina Kue, an estate the peasants claim": an apposition that says what the name is outweighs a given name.
        if (length <= 4 && PlaceAppositive(tokens, s, b)) return new Typed("Place", null, "place-cue", 0.7);
        if (length >= 2 && kb.FirstNames.Contains(tokens[a].Lower)) return new Typed("Person", null, "first-name", 0.8);
        if (length == 1 && tokens[a].IsAllCaps && tokens[a].Text.Count(char.IsLetter) >= 2 && !IsRomanNumeral(tokens[a].Text)
            && !kb.FunctionWords.Contains(tokens[a].Lower))
            return new Typed("Organization", null, "acronym", 0.6);
        // "at Alcasa, a state-owned aluminum plant": what the apposition says outweighs the preposition before.
        if (length <= 4 && (OrganizationAppositive(tokens, s, b) || OrganizationNounBefore(tokens, s, a)))
            return new Typed("Organization", null, "apposition", 0.65);
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

    /// <summary>
    /// Two or three capitalized words, none a digit, a head word, a demonym or a word the text also writes in lower
    /// case: the shape of a personal name, which its neighbours in a list can confirm (see <see cref="PersonLists"/>).
    /// </summary>
    public bool NameShaped(ProperNounChunker.Context ctx, int a, int b)
    {
        var tokens = ctx.Doc.Tokens;
        if (b - a is < 2 or > 3) return false;
        for (var t = a; t < b; t++)
        {
            var tok = tokens[t];
            if (ctx.Owner[t] is not null || !tok.IsWord || !tok.IsCapitalized || tok.IsAllCaps || char.IsDigit(tok.Text[0])) return false;
            if (kb.HeadWords.ContainsKey(tok.Lower) || kb.Demonyms.ContainsKey(tok.Lower) || kb.FunctionWords.Contains(tok.Lower)
                || ctx.LowercaseWords.Contains(tok.Lower)) return false;
        }
        return true;
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

    /// <summary>The head-word kind of a numbered part of a body (lexicon/head-words.tsv).</summary>
    public const string Subunit = "subunit";

    /// <summary>"Section 22 of the National Union of Education Workers": the head, its number, then "of" and a body.</summary>
    private bool SubunitOf(ProperNounChunker.Context ctx, Sentence s, int a, int b)
    {
        var tokens = ctx.Doc.Tokens;
        if (b - a != 2 || !tokens[a + 1].Text.All(char.IsDigit) || b + 1 >= s.EndToken || tokens[b].Lower != "of") return false;
        var k = tokens[b + 1].Lower == "the" ? b + 2 : b + 1;
        if (k >= s.EndToken) return false;
        if (ctx.Owner[k] is { } m) return m.Type == "Organization" && m.FirstToken == k;
        // A body the gazetteer lacks, not chunked yet: a capitalized name holding an organization's head word.
        for (var t = k; t < Math.Min(s.EndToken, k + 6) && (tokens[t].IsCapitalized || kb.Connectors.ContainsKey(tokens[t].Lower)); t++)
            if (kb.HeadWords.TryGetValue(tokens[t].Lower, out var h) && h.Type == "Organization" && h.Kind != Subunit) return true;
        return false;
    }

    /// <summary>Placeholder type for a lone word the resolver keeps only if it joins a known entity.</summary>
    public const string Unresolved = "?";

    /// <summary>The last head word before the first connector ("Federation" in "Federation of X", "Colegio" in "Colegio de Profesores"), else the last anywhere.</summary>
    private HeadWord? Head(List<Token> tokens, int a, int b)
    {
        HeadWord? beforeConnector = null, last = null;
        var seenConnector = false;
        for (var t = a; t < b; t++)
        {
            // A lower-case Romance connector after a head ends the head's reach like "of": Spanish and Portuguese
            // names put the head first ("Colegio de Profesores", "Plaza de Mayo"), whatever head a later word holds.
            if (kb.Connectors.TryGetValue(tokens[t].Lower, out var where)
                && (where == "after-head" || beforeConnector is not null && char.IsLower(tokens[t].Text[0]))) seenConnector = true;
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
        return a - 1 > s.FirstToken && tokens[a - 1].Text == "," && AppositiveRole(tokens, s, a - 1);
    }

    private static readonly HashSet<string> Determiners = ["his", "her", "their", "its", "the", "a", "an", "'s", "’s"];

    /// <summary>
    /// "his wife, Vanda Pignato", "the union's secretary general, Trino Silva": a role noun after a determiner or
    /// a possessive, then a comma, introduces the person it names. Without the determiner ("President, Venezuela
    /// ...") the role could end a list or a heading, so it is not taken.
    /// </summary>
    private bool AppositiveRole(List<Token> tokens, Sentence s, int comma)
    {
        for (var back = 1; back <= 3 && comma - back >= s.FirstToken; back++)
        {
            var start = comma - back;
            if (!kb.PersonCues.MatchAt(tokens, start, comma).Any(m => m.End == comma)) continue;
            for (var k = start - 1; k >= s.FirstToken && k >= start - 2; k--)
                if (Determiners.Contains(tokens[k].Text.ToLowerInvariant())) return true;
        }
        return false;
    }

    private bool PlaceCue(List<Token> tokens, Sentence s, int a, int b)
    {
        for (var back = 1; back <= 4 && a - back >= s.FirstToken; back++)
            if (kb.PlaceCuesBefore.MatchAt(tokens, a - back, a).Any(m => m.End == a)) return true;
        return PlaceAppositive(tokens, s, b);
    }

    private static readonly HashSet<string> AppositionEnds = ["of", "in", "at", "for", "from", "with", "that", "which", "who", "and", "or", "to", "by"];

    /// <summary>
    /// "Alcasa, a state-owned aluminum processing plant in ...": an article, modifiers, then a body's noun; the scan
    /// ends at a preposition or a relative word, so only the apposition's own head decides.
    /// </summary>
    private bool OrganizationAppositive(List<Token> tokens, Sentence s, int b)
    {
        if (b + 2 >= s.EndToken || tokens[b].Text != "," || tokens[b + 1].Lower is not ("a" or "an" or "the")) return false;
        for (var t = b + 2; t < Math.Min(s.EndToken, b + 8); t++)
        {
            if (!tokens[t].IsWord || AppositionEnds.Contains(tokens[t].Lower)) return false;
            var nextEnds = t + 1 >= s.EndToken || !tokens[t + 1].IsWord || AppositionEnds.Contains(tokens[t + 1].Lower);
            if (kb.OrganizationNouns.Contains(tokens[t].Lower) && nextEnds) return true;
            if (t + 1 < s.EndToken && kb.OrganizationNouns.Contains(tokens[t].Lower + " " + tokens[t + 1].Lower)) return true;
        }
        return false;
    }

    /// <summary>
    /// "the Spanish oil company Repsol", "the daily Página/12": a body's noun right before the name, itself after a
    /// determiner or a modifier, says what the name is, as a title does for a person.
    /// </summary>
    private bool OrganizationNounBefore(List<Token> tokens, Sentence s, int a) =>
        a - 2 >= s.FirstToken && tokens[a - 1].IsWord && char.IsLower(tokens[a - 1].Text[0]) && tokens[a - 2].IsWord
        && kb.OrganizationNouns.Contains(tokens[a - 1].Lower);

    /// <summary>"X, a commuter town", "X, the capital of Y", "X and Y, two districts".</summary>
    private bool PlaceAppositive(List<Token> tokens, Sentence s, int b)
    {
        if (b < s.EndToken && tokens[b].Text == ",")
            for (var t = b + 1; t < Math.Min(s.EndToken, b + 5); t++)
                if (kb.PlaceNouns.Contains(tokens[t].Lower)) return true;
        return false;
    }

    private static bool IsRomanNumeral(string text) => text.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C' or 'M');
}
