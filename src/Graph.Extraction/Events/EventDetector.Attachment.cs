using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Events;

/// <summary>Where an event happened and who took part: which of its sentence's names attach to it.</summary>
internal sealed partial class EventDetector
{
    /// <summary>"Paraguayans vote again": a nationality word right before the trigger stands for its country, if the text names it.</summary>
    private ResolvedEntity? DemonymPlace(AnalyzedDocument doc, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (!doc.Tokens[t].IsWord || !kb.Demonyms.TryGetValue(Fold.Name(doc.Tokens[t].Text), out var place)) continue;
            var entity = doc.Entities.FirstOrDefault(e => e.Type == "Place" && e.Name == place);
            if (entity is not null) return entity;
        }
        return null;
    }

    private static readonly HashSet<string> PlacePrepositions = ["in", "at", "near", "from", "to", "of", "into", "across", "on", "through", "over"];

    /// <summary>
    /// The actors named: people, organizations, movements, and a place that acts or is acted on rather than located
    /// ("the Soviet Union disappeared", "suspended Paraguay"), told apart by having no preposition before it.
    /// </summary>
    private static List<(ResolvedEntity e, string?)> Participants(AnalyzedDocument doc, List<Mention> mentions) =>
        mentions.Where(m => ParticipantTypes.Contains(m.Entity!.Type)
                || m.Entity!.Type == "Place" && !PlacePrepositions.Contains(WordBefore(doc, m)))
            .Select(m => m.Entity!).Distinct().Select(e => (e, (string?)null)).ToList();

    private static readonly HashSet<string> Articles = ["the", "a", "an"];

    /// <summary>The word before a mention, past an article: "from the Chapare" is introduced by "from".</summary>
    private static string WordBefore(AnalyzedDocument doc, Mention m)
    {
        var k = m.FirstToken - 1;
        if (k >= 0 && Articles.Contains(doc.Tokens[k].Lower)) k--;
        return k >= 0 ? doc.Tokens[k].Lower : "";
    }

    /// <summary>"the massacre at Eldorado dos Carajás", "a strike in the Chapare": the place joined to the trigger itself.</summary>
    private static ResolvedEntity? PlaceRightAfter(AnalyzedDocument doc, List<Mention> mentions, Mention at)
    {
        if (at.EndToken >= doc.Tokens.Count || doc.Tokens[at.EndToken].Lower is not ("in" or "at")) return null;
        return mentions.FirstOrDefault(m => m.Entity!.Type == "Place" && m.FirstToken > at.EndToken && m.FirstToken <= at.EndToken + 2
            && WordBefore(doc, m) is "in" or "at")?.Entity;
    }

    // Words that open an aside describing the noun before it: ", a consortium led by X", ", published by X in 2013",
    // ", which X had handed to Y", ", then a deputy for X".
    private static readonly HashSet<string> AsideOpeners = ["a", "an", "which", "who", "whose", "whom", "then", "now", "once", "former", "published", "led", "founded", "owned", "run", "backed"];

    /// <summary>
    /// The mentions that do not sit inside an aside apart from the trigger's own stretch between commas: a name in
    /// ", a consortium led by the US firm Bechtel" describes the noun before it and took no part in the privatization
    /// told outside it. A list ("the CTV, the church and Fedecámaras called a strike") opens no aside.
    /// </summary>
    private static List<Mention> OutsideAsides(AnalyzedDocument doc, Sentence s, List<Mention> mentions, Mention at)
    {
        var segment = new int[s.TokenCount];
        var aside = new List<bool> { false };
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            if (doc.Tokens[t].Text == "," && t + 1 < s.EndToken)
                aside.Add(AsideOpeners.Contains(doc.Tokens[t + 1].Lower) && !doc.Tokens[t + 1].IsCapitalized);
            segment[t - s.FirstToken] = aside.Count - 1;
        }
        var own = segment[at.FirstToken - s.FirstToken];
        // An aside right after the trigger's noun phrase describes the event itself ("the failed coup of April 2002,
        // which ended with Chávez restored"): it stays, unless a name stands between that it could describe instead.
        var ownEnd = Array.LastIndexOf(segment, own) + s.FirstToken;
        var describesTrigger = own + 1 < aside.Count
            && !doc.Mentions.Any(m => m.Sentence == s.Index && m.FirstToken >= at.EndToken && m.FirstToken < ownEnd && m.Entity is not null);
        return mentions.Where(m => m.FirstToken < s.FirstToken || m.FirstToken >= s.EndToken
            || segment[m.FirstToken - s.FirstToken] is var k && (k == own || !aside[k] || k == own + 1 && describesTrigger)).ToList();
    }

    /// <summary>
    /// A place introduced by "in"/"at" wins over one merely named in the sentence. A place of origin ("a coca
    /// growers' leader from the Chapare") says where someone comes from, not where the event happened.
    /// </summary>
    private static ResolvedEntity? PlaceOf(AnalyzedDocument doc, List<Mention> mentions)
    {
        var places = mentions.Where(m => m.Entity!.Type == "Place" && WordBefore(doc, m) != "from").ToList();
        if (places.Count == 0) return null;
        var introduced = places.FirstOrDefault(m => m.FirstToken > 0 && doc.Tokens[m.FirstToken - 1].Lower is "in" or "at" or "of");
        return (introduced ?? places[0]).Entity;
    }

    private static readonly HashSet<string> Auxiliaries = ["was", "were", "is", "are", "be", "been", "being", "had", "has", "have", "get", "got"];
    private static readonly HashSet<string> IrregularParticiples = ["left", "led", "run", "held", "built", "made", "won", "brought", "set", "sent"];

    /// <summary>
    /// "marched against the inequality left by the Pinochet dictatorship", "a consortium led by Bechtel": the agent of
    /// a participle that describes a noun (no auxiliary before it) did the describing deed, not the event. "was
    /// ousted by the army" (an auxiliary before) or the trigger's own participle keeps its agent.
    /// </summary>
    private static bool DescribesANoun(AnalyzedDocument doc, Mention m, Mention at)
    {
        var k = m.FirstToken - 1;
        if (k >= 0 && Articles.Contains(doc.Tokens[k].Lower)) k--;
        if (k < 2 || doc.Tokens[k].Lower != "by") return false;
        var participle = k - 1;
        if (participle >= at.FirstToken && participle < at.EndToken) return false;
        var word = doc.Tokens[participle].Lower;
        if (!word.EndsWith("ed", StringComparison.Ordinal) && !IrregularParticiples.Contains(word)) return false;
        var before = doc.Tokens[participle - 1];
        return before.IsWord && !before.IsCapitalized && !Auxiliaries.Contains(before.Lower) && before.Lower is not ("and" or "or" or "then" or "also" or "later");
    }
}
