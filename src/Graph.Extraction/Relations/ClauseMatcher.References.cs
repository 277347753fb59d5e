using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Relations;

/// <summary>
/// The clause matcher's reach beyond the names a clause spells out: pronouns standing for a person or thing named
/// before, an author standing for the work, a topic carried on past its first name, an officer named after a body.
/// </summary>
internal sealed partial class ClauseMatcher
{
    /// <summary>
    /// "removed him", "ratified it", "implemented them", "cast the deciding vote against her": the token of an object pronoun within
    /// <paramref name="gap"/> words of the cue. "her" before a noun is a possessive ("her government"), not an object.
    /// </summary>
    private static int? PronounObject(AnalyzedDocument doc, Sentence s, int from, int gap)
    {
        for (var t = from; t < s.EndToken && t - from <= gap; t++)
        {
            var w = doc.Tokens[t].Lower;
            if (w is "him" or "it" or "them") return t;
            if (w == "her")
                return t + 1 >= s.EndToken || !doc.Tokens[t + 1].IsWord || Governors.Contains(doc.Tokens[t + 1].Lower)
                    || doc.Tokens[t + 1].Lower is "and" or "or" ? t : null;
            if (ObjectStops.Contains(doc.Tokens[t].Text) || Governors.Contains(w) || Pronouns.Contains(w)) return null;
        }
        return null;
    }

    /// <summary>
    /// What an object pronoun stands for: the one entity of a fitting type named since the previous sentence began,
    /// other than the clause's subject ("him" and "her" a person; "it" and "them" a thing of the cue's object types,
    /// never a person). With two candidates the pronoun is ambiguous and nothing is linked.
    /// </summary>
    private static Mention? Antecedent(AnalyzedDocument doc, Sentence s, int pronoun, ResolvedEntity subject, IReadOnlySet<string> objects, List<Mention>[] bySentence)
    {
        // "them" stands for a thing too ("implemented them": policies); a group of people is seldom one named entity.
        var personal = doc.Tokens[pronoun].Lower is "him" or "her";
        bool Fits(Mention m) => m.Entity is { } e && e != subject && !SpeakerLabel(doc, m) && (personal ? e.Type == PersonType : e.Type != PersonType && objects.Contains(e.Type));
        // The pronoun's own sentence first ("Zelaya ... the Supreme Court used to remove him"), then the one before.
        var here = bySentence[s.Index].Where(m => m.EndToken <= pronoun && Fits(m)).ToList();
        if (here.Count > 0) return here.Select(m => m.Entity).Distinct().Count() == 1 ? here[^1] : null;
        var before = (s.Index > 0 ? bySentence[s.Index - 1] : []).Where(Fits).ToList();
        return before.Select(m => m.Entity).Distinct().Count() == 1 ? before[^1] : null;
    }

    /// <summary>
    /// "Camila Ortega: President Santos opened talks": the name that labels an interview's turn is the speaker, never
    /// what a later pronoun stands for.
    /// </summary>
    private static bool SpeakerLabel(AnalyzedDocument doc, Mention m) =>
        m.EndToken < doc.Tokens.Count && doc.Tokens[m.EndToken].Text == ":"
        && (m.FirstToken == doc.Sentences[m.Sentence].FirstToken || doc.Tokens[m.FirstToken - 1].Text is "\n" or "." or "?" or "!" or "\"" or "”");

    /// <summary>The one entity of the wanted types the text has already related this one to (a person's one book), if exactly one.</summary>
    private static ResolvedEntity? WorkOf(AnalyzedDocument doc, ResolvedEntity maker, IReadOnlyList<string> types)
    {
        var made = doc.Relations.Where(r => r.Subject == maker && types.Contains(r.Object.Type)).Select(r => r.Object).Distinct().ToList();
        return made.Count == 1 ? made[0] : null;
    }

    /// <summary>Words after which a name continues a topic ("socialist movements in Latin America, especially Venezuela").</summary>
    private static readonly HashSet<string> TopicLinks = new(StringComparer.Ordinal) { "in", "especially", "particularly", "notably", "including", "and", "," };

    /// <summary>Words that open a relative clause: what follows says something about the topic, it is no topic itself.</summary>
    private static readonly HashSet<string> RelativeWords = new(StringComparer.Ordinal) { "which", "that", "who", "whom", "whose", "where", "when" };

    /// <summary>Names that carry a topic on after its first object, up to a relative clause or the clause's end.</summary>
    private static IEnumerable<Mention> TopicElements(AnalyzedDocument doc, Sentence s, Mention?[] at, int from)
    {
        for (var t = from; t < s.EndToken && t - from <= MaxList; t++)
        {
            var tok = doc.Tokens[t];
            if (ClauseBreaks.Contains(tok.Text) || tok.Text is "." or "(" or "!" or "?" || RelativeWords.Contains(tok.Lower)) yield break;
            if (at[t - s.FirstToken] is not { } m || m.FirstToken != t) continue;
            var p = t - 1;
            while (p > from && Determiners.Contains(doc.Tokens[p].Lower)) p--;
            if (p >= from && TopicLinks.Contains(doc.Tokens[p].Lower)) yield return m;
            t = m.EndToken - 1;
        }
    }

    /// <summary>
    /// "he"/"she" opening the clause stands for the one person named since the previous sentence began; with two
    /// people named there the pronoun is ambiguous and nothing is linked.
    /// </summary>
    private static Mention? PronounSubject(AnalyzedDocument doc, Sentence s, Mention?[] at, int clauseStart, int cue, List<Mention>[] bySentence, IReadOnlyList<string> actors)
    {
        var pronoun = -1;
        for (var t = clauseStart; t < cue && pronoun < 0; t++)
        {
            if (at[t - s.FirstToken] is not null) return null;
            if (doc.Tokens[t].Lower is "he" or "she" && !Governed(doc, s, t)) pronoun = t;
        }
        if (pronoun < 0) return null;
        if (!actors.Contains(PersonType)) return null;
        // The pronoun's own sentence first ("Mesa, ..., had moved on: he ..."), then the one before.
        var here = bySentence[s.Index].Where(m => m.EndToken <= pronoun && m.Entity?.Type == PersonType && !SpeakerLabel(doc, m)).ToList();
        var window = here.Count > 0 ? here : (s.Index > 0 ? bySentence[s.Index - 1] : []).Where(m => m.Entity?.Type == PersonType && !SpeakerLabel(doc, m)).ToList();
        return window.Select(m => m.Entity).Distinct().Count() == 1 ? window[^1] : null;
    }

    /// <summary>A person named right after a body and a title of theirs ("the FARC commander Rodrigo Londoño").</summary>
    private Mention? OfficerAfter(AnalyzedDocument doc, Sentence s, Mention?[] at, Mention body)
    {
        if (body.Entity!.Type == PersonType || body.EndToken >= s.EndToken) return null;
        foreach (var (end, _) in kb.PersonCues.MatchAt(doc.Tokens, body.EndToken, s.EndToken))
            if (end < s.EndToken && at[end - s.FirstToken] is { } p && p.FirstToken == end && p.Entity!.Type == PersonType) return p;
        return null;
    }
}
