using Graph.Core.Model;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Relations;

/// <summary>
/// Support and opposition stated across a clause ("Chávez, now leading the MVR, is elected ..., promising a
/// constituent assembly"), where the subject is too far from the verb for a pattern over adjacent slots. The
/// subject is the first actor the clause names that no preposition governs (or the possessor before a noun cue,
/// "Lugo's promise of land reform"); the object is the first entity named within a few words after the cue.
/// A verb cue followed by "by" is read as a passive ("the FTAA promoted by the United States").
/// One pass over the tokens of each sentence; the cue lookup is a trie, so the cost is linear in the text.
/// </summary>
internal sealed partial class ClauseMatcher(PhraseTrie<ClauseCue> cues, KnowledgeBase kb) : IComponent
{
    public const string Method = "clause";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Relations"];

    /// <summary>Words between a cue and its object ("sign the final text of the ...") beyond which the link is lost.</summary>
    private const int MaxObjectGap = 3;

    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", "—", "–" };
    private static readonly HashSet<string> ObjectStops = new(StringComparer.Ordinal) { ",", ";", ":", ".", "(", ")", "—", "–", "!", "?", "\"", "“", "”" };

    /// <summary>Words that govern a following name, so that name is not the clause's subject ("In Cartagena, ...").</summary>
    private static readonly HashSet<string> Governors = new(StringComparer.Ordinal)
    {
        "in", "at", "on", "of", "for", "from", "by", "with", "to", "into", "under", "after", "before", "during", "since",
        "against", "about", "between", "among", "through", "across", "toward", "towards", "via", "like", "than", "as",
        "within", "without", "over", "behind", "beside", "besides", "including", "unlike", "per", "upon", "until",
    };

    private static readonly HashSet<string> Determiners = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her" };

    /// <summary>A negation just before the cue reverses or cancels the stance ("never backed", "refused to sign").</summary>
    private static readonly HashSet<string> Negations = new(StringComparer.Ordinal)
    {
        "not", "never", "n't", "no", "refused", "refuses", "declined", "declines", "failed", "fails", "nor", "without",
    };

    /// <summary>
    /// An accusation or a denial reports a stance the speaker disputes ("Uribe accused me of supporting the guerrillas");
    /// the accused may be a long name, so these reach further back than a negation.
    /// </summary>
    private static readonly HashSet<string> Disputed = new(StringComparer.Ordinal)
    {
        "accused", "accuses", "accusing", "charged", "suspected", "denied", "denies", "denying",
    };

    private const int NegationReach = 3, DisputeReach = 7;

    /// <summary>"he" and "she" stand for people: the contract's person type.</summary>
    private const string PersonType = "Person";

    private static readonly HashSet<string> Auxiliaries = new(StringComparer.Ordinal) { ",", "was", "were", "is", "are", "been", "being", "be", "which", "that", "first", "later", "also" };


    public void Process(AnalyzedDocument doc)
    {
        var bySentence = doc.MentionsBySentence();
        var sharedStandIns = DocumentStandIns.Of(doc, kb);
        foreach (var s in doc.Sentences)
        {
            var mentions = bySentence[s.Index].Where(m => m.Entity is not null).OrderBy(m => m.FirstToken).ToList();
            // One name is enough when "he" or "she" is the subject.
            if (mentions.Count == 0) continue;
            var at = new Mention?[s.TokenCount];
            foreach (var m in mentions)
                for (var t = m.FirstToken; t < m.EndToken && t < s.EndToken; t++) at[t - s.FirstToken] ??= m;
            // "these policies" stands for the one entity named before whose name ends in "policies".
            var standIns = sharedStandIns.In(s);
            for (var t = s.FirstToken; t < s.EndToken; t++)
                if (standIns.At(t) is { Method: StandIns.HeadNoun } standIn)
                    for (var k = t; k < standIn.EndToken; k++) at[k - s.FirstToken] ??= standIn;
            var clauseStart = s.FirstToken;
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var tok = doc.Tokens[t];
                if (ClauseBreaks.Contains(tok.Text)) { clauseStart = t + 1; continue; }
                // ", where police killed ...": a relative "where"/"when" clause has its own subject, not the sentence's.
                if (tok.Lower is "where" or "when" && t > s.FirstToken && doc.Tokens[t - 1].Text == ",") { clauseStart = t + 1; continue; }
                if (at[t - s.FirstToken] is not null || !tok.IsWord) continue;
                var matches = cues.MatchAt(doc.Tokens, t, s.EndToken);
                if (matches.Count == 0) continue;
                var (end, found) = matches[0];
                if (Enumerable.Range(t - s.FirstToken, end - t).Any(k => at[k] is not null) || Negated(doc, s, t)) continue;
                // "with the backing of the MVR", "the support of": a verb cue after a determiner is a noun, whose
                // actor follows it; the noun cues ("support for") say what such nouns relate.
                if (t > s.FirstToken && NounMarkers.Contains(doc.Tokens[t - 1].Lower) && found.All(c => !c.IsNoun)) { t = end - 1; continue; }
                foreach (var cue in found.GroupBy(c => c.Relation).Select(g => g.First()))
                    Link(doc, s, at, clauseStart, t, end, cue, bySentence);
                t = end - 1;
            }
        }
    }

    private void Link(AnalyzedDocument doc, Sentence s, Mention?[] at, int clauseStart, int cueStart, int cueEnd, ClauseCue cue, List<Mention>[] bySentence)
    {
        // Who can take the relation is the ontology's business: OPPOSED any actor, ADVISED a person.
        var def = kb.Ontology.Relation(cue.Relation);
        var actors = cue.ByAuthor ? _allTypes : def.From;
        Mention? subject, obj;
        if (!cue.IsNoun && cueEnd < s.EndToken && doc.Tokens[cueEnd].Lower == "by")
        {
            subject = After(doc, s, at, cueEnd + 1, 1);
            obj = Before(doc, s, at, cueStart);
        }
        else
        {
            obj = After(doc, s, at, cueEnd, MaxObjectGap);
            subject = (cue.IsNoun ? Possessor(doc, s, at, cueStart, actors) : Adjacent(doc, s, at, cueStart, actors)) ?? ClauseSubject(doc, s, at, clauseStart, cueStart, actors)
                ?? PronounSubject(doc, s, at, clauseStart, cueStart, bySentence, actors);
        }
        if (subject is null) return;
        // A topic verb's subject is the work itself or the person who made it: the person stands for their one work.
        ResolvedEntity? standIn = null;
        if (cue.ByAuthor && !def.From.Contains(subject.Entity!.Type))
        {
            standIn = WorkOf(doc, subject.Entity, def.From);
            if (standIn is null) return;
        }
        var objectEnd = obj?.End;
        if (obj is null && !cue.IsNoun && (cueEnd >= s.EndToken || doc.Tokens[cueEnd].Lower != "by")
            && PronounObject(doc, s, cueEnd, MaxObjectGap) is { } pronoun)
        {
            obj = Antecedent(doc, s, pronoun, subject.Entity!, cue.Objects, bySentence);
            objectEnd = doc.Tokens[pronoun].End;
        }
        var objects = obj is not null && cue.Objects.Contains(obj.Entity!.Type) ? [obj] : new List<Mention>();
        // "promised a referendum on gas, a review of the law and a constituent assembly": a cue whose objects are
        // never actors takes every list element the clause names, not only one right after it.
        if (!cue.IsNoun && !cue.Objects.Any(actors.Contains) && cueEnd < s.EndToken && doc.Tokens[cueEnd].Lower != "by")
            objects.AddRange(ListElements(doc, s, at, cueEnd).Where(m => cue.Objects.Contains(m.Entity!.Type) && !objects.Contains(m)));
        if (cue.ByAuthor && objects.Count == 1)
            objects.AddRange(TopicElements(doc, s, at, objects[0].EndToken).Where(m => cue.Objects.Contains(m.Entity!.Type) && !objects.Contains(m)));
        foreach (var o in objects)
        {
            // An object reached through a pronoun was named earlier: the evidence ends at the pronoun.
            var (from, to) = o.Sentence == s.Index ? (Math.Min(subject.Start, o.Start), Math.Max(subject.End, o.End)) : (subject.Start, objectEnd ?? subject.End);
            var evidence = new SpanRef(s.Index, from, Math.Max(to, subject.End), $"{Method}:{cue.Relation}", cue.Confidence);
            foreach (var sub in standIn is not null ? [standIn] : Conjuncts(doc, s, at, subject, actors))
                foreach (var oe in Conjuncts(doc, s, at, o, actors))
                    if (sub != oe && def.Allows(sub.Type, oe.Type))
                        doc.Relations.Add(new ExtractedRelation(cue.Relation, sub, oe, evidence));
        }
    }

    private readonly IReadOnlyList<string> _allTypes = kb.Ontology.EntityTypes.Select(t => t.Name).ToList();

    private const int MaxList = 24;

    /// <summary>Mentions that open an element of a list after the cue: right after ", " or "and"/"or" (past a determiner).</summary>
    private static IEnumerable<Mention> ListElements(AnalyzedDocument doc, Sentence s, Mention?[] at, int from)
    {
        for (var t = from; t < s.EndToken && t - from <= MaxList; t++)
        {
            var text = doc.Tokens[t].Text;
            if (ClauseBreaks.Contains(text) || text is "." or "(" or "!" or "?") yield break;
            if (at[t - s.FirstToken] is not { } m || m.FirstToken != t) continue;
            var p = t - 1;
            while (p > from && Determiners.Contains(doc.Tokens[p].Lower)) p--;
            if (p >= from && doc.Tokens[p].Lower is "," or "and" or "or") yield return m;
            t = m.EndToken - 1;
        }
    }

    private static bool Negated(AnalyzedDocument doc, Sentence s, int cue)
    {
        for (var t = cue - 1; t >= Math.Max(s.FirstToken, cue - DisputeReach); t--)
            if (cue - t <= NegationReach && Negations.Contains(doc.Tokens[t].Lower) || Disputed.Contains(doc.Tokens[t].Lower)) return true;
        return false;
    }

    /// <summary>The first mention starting within <paramref name="gap"/> words of <paramref name="from"/>, not across punctuation.</summary>
    private static Mention? After(AnalyzedDocument doc, Sentence s, Mention?[] at, int from, int gap)
    {
        for (var t = from; t < s.EndToken && t - from <= gap; t++)
        {
            if (at[t - s.FirstToken] is { } m) return m.FirstToken == t ? m : null;
            // A preposition or a pronoun ("voted against her in the Senate") means the cue's object is not named.
            if (ObjectStops.Contains(doc.Tokens[t].Text) || (t > from && Governors.Contains(doc.Tokens[t].Lower)) || Pronouns.Contains(doc.Tokens[t].Lower)) return null;
        }
        return null;
    }

    private static readonly HashSet<string> NounMarkers = new(StringComparer.Ordinal) { "the", "a", "an", "its", "their", "his", "her", "our", "whose" };

    private static readonly HashSet<string> Coordinators = new(StringComparer.Ordinal) { "and", "or", "but" };

    private static readonly HashSet<string> Pronouns = new(StringComparer.Ordinal) { "him", "her", "them", "it", "us", "me", "you", "himself", "herself", "themselves", "itself" };

    /// <summary>The mention ending just before a passive cue, past a comma or an auxiliary ("the FTAA, promoted by").</summary>
    private static Mention? Before(AnalyzedDocument doc, Sentence s, Mention?[] at, int cue)
    {
        for (var t = cue - 1; t >= s.FirstToken && cue - t <= 3; t--)
        {
            if (at[t - s.FirstToken] is { } m) return m;
            if (!Auxiliaries.Contains(doc.Tokens[t].Lower)) return null;
        }
        return null;
    }

    /// <summary>
    /// An actor right before the verb, past an adverb or an auxiliary ("and how the United States later stood by"),
    /// is its subject even when the clause named another actor first.
    /// </summary>
    private static Mention? Adjacent(AnalyzedDocument doc, Sentence s, Mention?[] at, int cue, IReadOnlyList<string> actors)
    {
        for (var t = cue - 1; t >= s.FirstToken && cue - t <= 3; t--)
        {
            if (at[t - s.FirstToken] is { } m)
                return actors.Contains(m.Entity!.Type) && !Governed(doc, s, m.FirstToken) ? m : null;
            // "to" right before the verb marks an infinitive ("the Supreme Court used to remove him"), not a preposition.
            if (t == cue - 1 && doc.Tokens[t].Lower == "to") continue;
            // "the MST supported Lula and opposed the privatization": a second verb phrase is the clause subject's,
            // and the name before "and" was the first verb's object.
            if (Coordinators.Contains(doc.Tokens[t].Lower)) return null;
            if (!doc.Tokens[t].IsWord || Governors.Contains(doc.Tokens[t].Lower) || Determiners.Contains(doc.Tokens[t].Lower)) return null;
        }
        return null;
    }

    /// <summary>"Lugo's promise of": the mention right before a possessive 's.</summary>
    private static Mention? Possessor(AnalyzedDocument doc, Sentence s, Mention?[] at, int cue, IReadOnlyList<string> actors)
    {
        var t = cue - 1;
        if (t > s.FirstToken && doc.Tokens[t].Lower == "'s") t--;
        else return null;
        return t >= s.FirstToken && at[t - s.FirstToken] is { } m && actors.Contains(m.Entity!.Type) ? m : null;
    }

    /// <summary>The first actor of the clause that is not governed by a preposition, not a possessor and not in brackets.</summary>
    private static Mention? ClauseSubject(AnalyzedDocument doc, Sentence s, Mention?[] at, int clauseStart, int cue, IReadOnlyList<string> actors)
    {
        var depth = 0;
        for (var t = clauseStart; t < cue; t++)
        {
            var text = doc.Tokens[t].Text;
            if (text == "(") depth++;
            else if (text == ")") depth = Math.Max(0, depth - 1);
            if (at[t - s.FirstToken] is not { } m || m.FirstToken != t) continue;
            var governed = Governed(doc, s, t);
            var possessor = m.EndToken < s.EndToken && doc.Tokens[m.EndToken].Lower == "'s";
            if (depth == 0 && !governed && !possessor && actors.Contains(m.Entity!.Type)) return m;
            t = m.EndToken - 1;
        }
        return null;
    }

    private static bool Governed(AnalyzedDocument doc, Sentence s, int first)
    {
        var t = first - 1;
        while (t >= s.FirstToken && Determiners.Contains(doc.Tokens[t].Lower)) t--;
        return t >= s.FirstToken && Governors.Contains(doc.Tokens[t].Lower);
    }
}
