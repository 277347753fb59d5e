using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Relations;

/// <summary>The clause matcher's lists: names joined to a subject or an object by "and", "or" or a comma.</summary>
internal sealed partial class ClauseMatcher
{
    /// <summary>The mention's entity and those joined to it by "and", "or" or "," ("Santos and Londoño sign").</summary>
    private List<ResolvedEntity> Conjuncts(AnalyzedDocument doc, Sentence s, Mention?[] at, Mention mention, IReadOnlyList<string> actors)
    {
        // A pronoun's referent may be named in the sentence before: it stands for that one entity, no list.
        if (mention.FirstToken < s.FirstToken || mention.EndToken > s.EndToken) return [mention.Entity!];
        var result = new List<ResolvedEntity> { mention.Entity! };
        var t = PastShortForm(doc, s, mention.EndToken);
        while (t + 1 < s.EndToken && doc.Tokens[t].Lower is "and" or "or" or ",")
        {
            // "Chávez and the MBR-200": a determiner may open the next conjunct; an actor of any type may join.
            var first = t + 1 < s.EndToken - 1 && doc.Tokens[t + 1].Lower == "the" ? t + 2 : t + 1;
            if (at[first - s.FirstToken] is not { } next || next.FirstToken != first
                || !(next.Entity!.Type == mention.Entity!.Type || actors.Contains(next.Entity.Type) && actors.Contains(mention.Entity.Type))) break;
            result.Add(next.Entity);
            t = PastShortForm(doc, s, next.EndToken);
            // "Santos and the FARC commander Rodrigo Londoño sign": the body names whose officer the conjunct is.
            if (OfficerAfter(doc, s, at, next) is { } officer) { result.Add(officer.Entity!); t = officer.EndToken; }
        }
        t = mention.FirstToken - 1;
        if (t - 1 >= s.FirstToken && doc.Tokens[t].Lower == "the") t--;
        while (t - 1 >= s.FirstToken && doc.Tokens[t].Lower is "and" or "or" or ","
               && at[BeforeShortForm(doc, s, t) - 1 - s.FirstToken] is { } prev && prev.EndToken == BeforeShortForm(doc, s, t)
               && (prev.Entity!.Type == mention.Entity!.Type || actors.Contains(prev.Entity.Type) && actors.Contains(mention.Entity.Type)))
        {
            result.Add(prev.Entity);
            t = prev.FirstToken - 1;
        }
        return result.Distinct().ToList();
    }

    /// <summary>
    /// "The General Confederation of Labour (CGT) and the Argentine Workers' Central (CTA) call": the token after a
    /// bracketed short form right after a name, else <paramref name="t"/> itself.
    /// </summary>
    private static int PastShortForm(AnalyzedDocument doc, Sentence s, int t) => ShortForms.Past(t, s.EndToken, k => doc.Tokens[k].Text);

    /// <summary>Where a name ends that a bracketed short form before the conjunction <paramref name="t"/> follows, else <paramref name="t"/>.</summary>
    private static int BeforeShortForm(AnalyzedDocument doc, Sentence s, int t)
    {
        if (t - 1 < s.FirstToken || doc.Tokens[t - 1].Text != ")") return t;
        // Not at the sentence's first token: a name must come before the bracket.
        var open = ShortForms.Opening(t - 1, s.FirstToken + 1, k => doc.Tokens[k].Text);
        return open >= 0 ? open : t;
    }
}
