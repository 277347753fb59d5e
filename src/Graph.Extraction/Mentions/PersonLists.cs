using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Name-shaped runs no cue typed, confirmed as people by what stands around them once every run of the document is
/// typed: a person next to them in a list ("Joseph Hanlon, Armando Barrientos and David Hulme": a list holds things
/// of one kind), a party they belong to ("Porfirio Lobo of the National Party"), or a verb only people are the agent
/// of ("headed until this year by X", "translated by X"), or a verb of saying ("X said", "according to X").
/// </summary>
internal static class PersonLists
{
    public static List<(Sentence Sentence, int First, int End)> Members(ProperNounChunker.Context ctx, List<(Sentence Sentence, int First, int End)> untyped)
    {
        var found = new List<(Sentence, int, int)>();
        // One pass forward: a run promoted here makes its own right-hand neighbour a list member too.
        var promoted = new HashSet<int>();
        foreach (var (s, a, b) in untyped)
            if (PersonBefore(ctx, s, a, promoted) || PersonAfter(ctx, s, b) || OfParty(ctx, s, b) || PersonalAgent(ctx, s, a) || Speaks(ctx, s, a, b))
            {
                found.Add((s, a, b));
                promoted.Add(b);
            }
        return found;
    }

    /// <summary>"X of the Workers' Party (PT)", "X of AD": a party's member; a body would have a head word.</summary>
    private static bool OfParty(ProperNounChunker.Context ctx, Sentence s, int b)
    {
        var tokens = ctx.Doc.Tokens;
        if (b + 1 >= s.EndToken || tokens[b].Lower != "of") return false;
        var k = tokens[b + 1].Lower == "the" ? b + 2 : b + 1;
        return k < s.EndToken && ctx.Owner[k] is { Type: "Organization", Kind: "party" } m && m.FirstToken == k;
    }

    // Verbs whose agent after "by" is a person when the name has no head word: an office held, a text written.
    private static readonly HashSet<string> PersonalVerbs =
    [
        "headed", "led", "governed", "chaired", "directed", "presided", "translated", "written", "edited", "interviewed",
        "coordinated", "commanded", "painted", "authored", "co-authored", "narrated", "photographed",
    ];

    private static bool PersonalAgent(ProperNounChunker.Context ctx, Sentence s, int a)
    {
        var tokens = ctx.Doc.Tokens;
        if (a - 1 <= s.FirstToken || tokens[a - 1].Lower != "by") return false;
        // "headed until this year by X": a short adverbial may stand between the verb and "by".
        for (var k = a - 2; k >= s.FirstToken && k >= a - 6; k--)
        {
            if (PersonalVerbs.Contains(tokens[k].Lower)) return true;
            if (!tokens[k].IsWord) return false;
        }
        return false;
    }

    // Verbs of saying and thinking: "Ramón Arias said", "according to Ramón Arias". A body that speaks has a head
    // word or an acronym, which name-shaped runs lack.
    private static readonly HashSet<string> SpeechVerbs =
    [
        "said", "says", "told", "tells", "argued", "argues", "wrote", "writes", "recalled", "recalls", "explained", "explains",
        "insisted", "insists", "added", "adds", "asked", "asks", "replied", "answered", "remembered", "remembers", "believes",
        "believed", "noted", "notes", "warned", "warns", "admitted", "admits", "recounted", "recounts",
    ];

    private static bool Speaks(ProperNounChunker.Context ctx, Sentence s, int a, int b)
    {
        var tokens = ctx.Doc.Tokens;
        if (b < s.EndToken && SpeechVerbs.Contains(tokens[b].Lower)) return true;
        // "..., said Ramón Arias." — the verb before the name, right after a comma or a quotation.
        if (a - 1 >= s.FirstToken && SpeechVerbs.Contains(tokens[a - 1].Lower) && a - 2 >= s.FirstToken && !tokens[a - 2].IsWord) return true;
        return a - 2 >= s.FirstToken && tokens[a - 1].Lower == "to" && tokens[a - 2].Lower == "according";
    }

    private static bool Joiner(Token t) => t.Text == "," || t.Lower == "and";

    private static bool PersonBefore(ProperNounChunker.Context ctx, Sentence s, int a, HashSet<int> promotedEnds)
    {
        var k = a - 1;
        if (k <= s.FirstToken || !Joiner(ctx.Doc.Tokens[k])) return false;
        if (ctx.Doc.Tokens[k].Lower == "and" && ctx.Doc.Tokens[k - 1].Text == ",") k--;
        return promotedEnds.Contains(k) || ctx.Owner[k - 1] is { Type: "Person" } m && m.EndToken == k;
    }

    private static bool PersonAfter(ProperNounChunker.Context ctx, Sentence s, int b)
    {
        var k = b;
        if (k + 1 >= s.EndToken || !Joiner(ctx.Doc.Tokens[k])) return false;
        if (ctx.Doc.Tokens[k].Text == "," && ctx.Doc.Tokens[k + 1].Lower == "and") k++;
        return k + 1 < s.EndToken && ctx.Owner[k + 1] is { Type: "Person" } m && m.FirstToken == k + 1;
    }
}
