using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Events;

/// <summary>
/// Events from trigger words (events/triggers.tsv): one event per clause and event type, so "X resigned; Y was
/// sworn in" gives two. Date, place and participants come from the trigger's clause first, then its sentence (see
/// <see cref="EventDating"/>). A bare definite mention ("the coup", with no date of its own) refers back to an event
/// already found and adds a mention to it; without one it is dropped, since its date could only be guessed. Negated,
/// feared and merely named happenings ("no coup", "called it a coup") are none. The name is built from type, trigger,
/// date and place, so two documents describing the same event alike name it alike and it becomes one node.
/// </summary>
internal sealed partial class EventDetector(KnowledgeBase kb, SplitTriggers split) : IComponent
{
    public const string Method = "event-trigger";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Events", "Entities"];

    private static readonly HashSet<string> ParticipantTypes = ["Person", "Organization", "Movement"];
    private static readonly HashSet<string> Definite = ["the", "this", "that", "its", "their", "his", "her"];
    // "neither a nationalization nor ...", "no coup", "the threat of privatization": a negated or feared happening is none.
    private static readonly HashSet<string> Negations = ["not", "no", "neither", "nor", "never", "without", "threat", "risk", "fear", "danger"];
    // Nor is one only promised or proposed, whose object may carry modifiers ("Mesa has promised a binding referendum").
    // Nor one demanded or planned, nor one something only made possible ("opened the way to a constitutional plebiscite").
    private static readonly HashSet<string> Promises = ["promised", "promises", "promising", "proposed", "proposes", "proposing",
        "demanded", "demanding", "demand", "demands", "planned", "planning", "plotting", "way"];
    // "in every election from 1989", "each strike": a quantified happening is a habit, not one event with one date.
    private static readonly HashSet<string> Generic = ["every", "each"];
    // "announces that Argentina will default": a happening still to come when told.
    private static readonly HashSet<string> Futures = ["will", "shall"];
    // "called it a coup", "refused to call the ouster a coup": naming a happening is not telling one.
    private static readonly HashSet<string> Naming = ["call", "calls", "called", "calling", "labelled", "labeled", "branded"];
    // After these a definite mention introduces its event ("the fall of the Berlin Wall"), not a reference back.
    private static readonly HashSet<string> Introducing = ["of", "against", "in", "led", "by", "on", "at", "that", "which"];

    // Word classes (lexicon/word-classes.tsv) the rules test tokens against, looked up once.
    private readonly IReadOnlySet<string> _reportWords = kb.WordClass("report-words");
    private readonly IReadOnlySet<string> _rulers = kb.WordClass("rulers");
    private readonly IReadOnlySet<string> _defeatVerbs = kb.WordClass("defeat-verbs");
    private readonly IReadOnlySet<string> _nationalBodies = kb.WordClass("national-bodies");
    private readonly IReadOnlySet<string> _crowds = kb.WordClass("crowds");

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var namedWars = NamedWars.Find(doc, kb);
        var owner = new Mention?[tokens.Count];
        foreach (var m in doc.Mentions) for (var t = m.FirstToken; t < m.EndToken; t++) owner[t] = m;
        var byName = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        var inDate = doc.TokensInDates();
        var bySentence = doc.MentionsBySentence();
        var dating = new EventDating(doc, _reportWords);
        var textCountry = new Lazy<ResolvedEntity?>(() => TextCountry(doc));

        foreach (var s in doc.Sentences)
        {
            var (clauses, majors) = Clauses.Of(tokens, s);
            var seen = new HashSet<(string, int)>();
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                if (owner[t] is { Type: not "Concept" }) continue;
                // "March 15" is a date, not a march: a trigger is lower case unless it opens the sentence.
                // A chronology entry's text after its heading ("December 19, 2001: Looting spreads") opens a sentence too.
                if (tokens[t].IsCapitalized && t != s.FirstToken && tokens[t - 1].Text != ":" && !namedWars.Contains(t) && !NamedHappening(tokens, t, s.EndToken)) continue;
                if (inDate[t]) continue;
                var hit = kb.Triggers.MatchAt(tokens, t, s.EndToken).FirstOrDefault();
                var apart = hit.Values is null ? split.MatchAt(tokens, t, s.EndToken, owner) : null;
                if (hit.Values is null && apart is null) continue;
                var trigger = apart is { } a ? new Trigger(a.EventType, a.Phrase, SplitTriggers.File) : hit.Values![0];
                // A split trigger ends after the thing acted on; only its verb is the event's mention, and the scan
                // goes on after the verb so the names inside are still seen.
                var (first, end) = (t, apart is null ? hit.End : t + 1);
                t = end - 1;
                if (trigger.EventType == Trigger.None) continue;
                if (trigger.EventType == CoupType && tokens[end - 1].Lower == "against" && !RulerFollows(tokens, owner, end, s.EndToken))
                    trigger = trigger with { EventType = ProtestType };
                if (trigger.EventType == AppointmentType && WonAtThePolls(tokens, s, trigger)) trigger = trigger with { EventType = ElectionType };
                var clause = clauses[first - s.FirstToken];
                var span = ClauseSpan(s, clauses, clause);
                if (Preceded(tokens, span.First, first, 2, Negations) || Preceded(tokens, span.First, first, 4, Promises) || Preceded(tokens, span.First, first, 2, Futures) || Preceded(tokens, span.First, first, 2, Generic) || IsNaming(tokens, span.First, first) || Forgone(tokens, span.First, first)) continue;
                // A split trigger names its own object ("took Honduras into ALBA"), so it is a happening of its own
                // even in a list of same-type verbs ("he raised the minimum wage, took Honduras into ALBA").
                if (!seen.Add((trigger.EventType, majors[first - s.FirstToken])) && apart is null) continue;
                var at = new Mention
                {
                    FirstToken = first, EndToken = end, Start = tokens[first].Start, End = tokens[end - 1].End,
                    Sentence = s.Index, Type = kb.Ontology.EventEntityType, Method = $"{Method}:{trigger.Phrase}", Confidence = 0.6,
                    Surface = doc.Slice(tokens[first].Start, tokens[end - 1].End),
                };
                var date = dating.DateOf(s, span, at);
                if (IsDefinite(tokens, s, first) && !dating.HasDate(span))
                {
                    // "the coup", "the coup led by X": the event told before, when there is one; a bare reference
                    // with nothing before it is dropped, since its date could only be guessed. "The collapse of X"
                    // names what collapsed, so it is a new event unless its name matches one already found.
                    var named = tokens[end - 1].Lower == "of" || end < s.EndToken && tokens[end].Lower == "of";
                    // A chronology entry dated apart from the event told before ("November 27, 1992. ... before the
                    // coup is put down", after a February coup) tells a second one (see RetoldAt).
                    if (RetoldAt(doc, trigger.EventType, at, date))
                        if (!named && ReferBack(doc, trigger.EventType, at) || !Introduces(tokens, s, end)) continue;
                }
                Build(doc, s, span, ClauseSpan(s, majors, majors[first - s.FirstToken]), trigger, at, date, byName, bySentence[s.Index], textCountry);
            }
        }
        Bibliographic.Find(doc, PublicationType, name => Named(byName, doc, name));
        PublishedWorks.Find(doc, PublicationType, name => Named(byName, doc, name));
        FoldUndatedIntoDated(doc);
    }

    private const string PublicationType = "Publication";
    private const string CoupType = "Coup";
    private const string WarType = "War";
    private const string ProtestType = "Protest";

    /// <summary>
    /// "officers rise against Pérez" is a coup; "residents rose against the privatization" rises against a measure,
    /// which is a protest. Only a ruler (a person, a body, "the government") after "against" keeps the coup sense.
    /// </summary>
    private bool RulerFollows(List<Token> tokens, Mention?[] owner, int k, int end)
    {
        while (k < end && Articles.Contains(tokens[k].Lower) || k < end && tokens[k].Lower is "his" or "her" or "their" or "its") k++;
        if (k >= end) return false;
        return owner[k] is { Type: "Person" or "Organization" } || _rulers.Contains(tokens[k].Lower);
    }

    private ResolvedEntity Named(Dictionary<string, ResolvedEntity> byName, AnalyzedDocument doc, string name)
    {
        if (byName.TryGetValue(name, out var entity)) return entity;
        entity = new ResolvedEntity(kb.Ontology.EventEntityType, name);
        byName[name] = entity;
        doc.Entities.Add(entity);
        return entity;
    }

    private static (int First, int End) ClauseSpan(Sentence s, int[] clauses, int clause)
    {
        var first = Array.IndexOf(clauses, clause);
        var end = Array.LastIndexOf(clauses, clause) + 1;
        return (s.FirstToken + first, s.FirstToken + end);
    }

    private static bool Preceded(List<Token> tokens, int clauseFirst, int first, int within, HashSet<string> words)
    {
        for (var k = first - 1; k >= clauseFirst && k >= first - within; k--)
            if (words.Contains(tokens[k].Lower)) return true;
        return false;
    }

    /// <summary>"ratified it instead of calling a second plebiscite", "rather than a strike": the happening did not take place.</summary>
    private static bool Forgone(List<Token> tokens, int clauseFirst, int first)
    {
        for (var k = first - 1; k > clauseFirst && k >= first - 5; k--)
            if (tokens[k].Lower == "of" && tokens[k - 1].Lower == "instead" || tokens[k].Lower == "than" && tokens[k - 1].Lower == "rather") return true;
        return false;
    }

    /// <summary>
    /// "called it a coup", "call the ouster a military coup": a naming verb with an object between it and the
    /// article of the trigger's phrase. "called a civic strike" (a strike declared) has none, and is an event.
    /// </summary>
    private static bool IsNaming(List<Token> tokens, int clauseFirst, int first)
    {
        var article = -1;
        for (var k = first - 1; k >= clauseFirst && k >= first - 6; k--)
        {
            if (article < 0 && tokens[k].Lower is "a" or "an") article = k;
            else if (Naming.Contains(tokens[k].Lower)) return article > k + 1;
        }
        return false;
    }

    private static bool Introduces(List<Token> tokens, Sentence s, int end) =>
        Introducing.Contains(tokens[end - 1].Lower) || end < s.EndToken && Introducing.Contains(tokens[end].Lower);

    /// <summary>"the coup", "this strike", "the failed coup": a definite noun phrase headed by the trigger.</summary>
    private static bool IsDefinite(List<Token> tokens, Sentence s, int first)
    {
        for (var k = first - 1; k >= s.FirstToken && k >= first - 3; k--)
        {
            if (Definite.Contains(tokens[k].Lower)) return true;
            // Lower-case modifiers may stand between ("the failed military coup"); anything else ends the phrase.
            if (!tokens[k].IsWord || tokens[k].IsCapitalized) return false;
            if (!tokens[k].Lower.EndsWith("ed", StringComparison.Ordinal) && !tokens[k].Lower.EndsWith("ary", StringComparison.Ordinal)
                && !tokens[k].Lower.EndsWith("al", StringComparison.Ordinal)) return false;
        }
        return false;
    }

    /// <summary>
    /// Whether a definite mention with no date of its own clause tells the event told before again. It does unless
    /// the date its paragraph carries (a chronology entry's heading, not another date of its own sentence, which
    /// belongs to another happening: "the strike of October 1972 ... and finally the coup") is apart from that event's.
    /// </summary>
    private static bool RetoldAt(AnalyzedDocument doc, string eventType, Mention at, EdtfDate? carried)
    {
        // A war lasts: "its report on the war" in an entry dated years after the war was told is still that war.
        if (eventType == WarType) return true;
        var earlier = doc.Events.LastOrDefault(e => e.EventType == eventType && e.Trigger.Start < at.Start);
        if (earlier?.Date is not { } told || carried is null || carried.Overlaps(told)) return true;
        return doc.Dates.Any(d => d.Sentence == at.Sentence && d.Value == carried);
    }

    private static bool ReferBack(AnalyzedDocument doc, string eventType, Mention at)
    {
        var earlier = doc.Events.LastOrDefault(e => e.EventType == eventType && e.Trigger.Start < at.Start);
        if (earlier is null) return false;
        at.Entity = earlier.Entity;
        earlier.Entity.Mentions.Add(at);
        return true;
    }

    private void Build(AnalyzedDocument doc, Sentence s, (int First, int End) clause, (int First, int End) major, Trigger trigger, Mention at,
        EdtfDate? date, Dictionary<string, ResolvedEntity> byName, List<Mention> sentenceMentions, Lazy<ResolvedEntity?> textCountry)
    {
        var inSentence = sentenceMentions.Where(m => m.Entity is not null).ToList();
        var inClause = inSentence.Where(m => m.FirstToken >= clause.First && m.EndToken <= clause.End).ToList();
        var inMajor = inSentence.Where(m => m.FirstToken >= major.First && m.EndToken <= major.End).ToList();
        inClause = OutsideAsides(doc, s, inClause, at).Where(m => !DescribesANoun(doc, m, at)).ToList();
        inMajor = OutsideAsides(doc, s, inMajor, at).Where(m => !DescribesANoun(doc, m, at)).ToList();
        var place = PlaceRightAfter(doc, inSentence, at) ?? PlaceOf(doc, inClause) ?? PlaceOf(doc, inMajor)
            ?? DemonymPlace(doc, Math.Max(clause.First, at.FirstToken - 2), at.FirstToken);
        var participants = Participants(doc, inClause);
        if (PronounSubject(doc, clause, at) is { } antecedent && participants.All(p => p.e != antecedent)) participants.Insert(0, (antecedent, null));
        if (participants.Count == 0) participants = Participants(doc, inMajor);
        if (place is null) place = HomeCountry(doc, clause, participants.Count == 0 && !StateActs.Contains(trigger.EventType), trigger.EventType, textCountry);
        // An event with neither place nor participant says nothing about who or where; it would be a bare date.
        if (place is null && participants.Count == 0) return;
        if (date is null && SameAsDated(doc, trigger.EventType, place, participants, at)) return;

        // Type and trigger say what happened ("Coup: ousted"), place and date where and when ("Venezuela, April 2002");
        // an actor stands in for a missing place. Built from the text's words alone, so another text telling the same
        // event names it alike (and the id, derived from the name, is the same).
        var where = place?.Name ?? participants[0].e.Name;
        var name = date is not null
            ? $"{trigger.EventType}: {trigger.Phrase}, {where}, {date.ToDisplayString()}"
            : $"{trigger.EventType}: {trigger.Phrase}, {where}";

        var entity = Named(byName, doc, name);
        entity.Event ??= new EventDetails(trigger.EventType, date);
        at.Entity = entity;
        entity.Mentions.Add(at);
        doc.Events.Add(new ExtractedEvent(entity, trigger.EventType, date, at, place, participants));
    }

    /// <summary>
    /// "The Soviet Union disappeared by the end of 1991 ... after Soviet socialism disappeared": an undated telling of
    /// a type already told with a date, at the same place (or, placeless, with the same first actor), is that event told again,
    /// not a second one; it becomes another mention of it. A second happening is told with its own date ("try again
    /// in November 1992").
    /// </summary>
    private static bool SameAsDated(AnalyzedDocument doc, string eventType, ResolvedEntity? place,
        List<(ResolvedEntity e, string?)> participants, Mention at)
    {
        var earlier = doc.Events.FirstOrDefault(e => e.EventType == eventType && e.Date is not null
            && (place is not null ? e.Place == place
                : participants.Count > 0 && e.Participants.Count > 0 && e.Participants[0].Actor == participants[0].e));
        if (earlier is null) return false;
        at.Entity = earlier.Entity;
        earlier.Entity.Mentions.Add(at);
        return true;
    }

    private static readonly HashSet<string> SubjectPronouns = ["he", "she"];
    private static readonly HashSet<string> ObjectPrepositions = ["against", "to", "with", "by", "under", "over", "defeating", "beating", "for"];

    /// <summary>"he was elected": the person a subject pronoun before the trigger stands for.</summary>
    private static ResolvedEntity? PronounSubject(AnalyzedDocument doc, (int First, int End) clause, Mention at)
    {
        var pronoun = false;
        for (var t = clause.First; t < at.FirstToken && !pronoun; t++) pronoun = SubjectPronouns.Contains(doc.Tokens[t].Lower);
        if (!pronoun) return null;
        // The paragraph's first person is its topic ("Néstor Kirchner came from ... he was elected"), which a
        // later "he" refers to more often than to the last person named in passing.
        // An earlier clause of the same sentence names it more surely still ("Zelaya ... had moved left: he raised").
        var clauseStart = doc.Tokens[clause.First].Start;
        // A person named after a preposition ("won the runoff against Lacalle, and he took office") is an object
        // there, not the one the next clause goes on about.
        var sameSentence = doc.Mentions.Where(m => m.Sentence == at.Sentence && m.End <= clauseStart && m.Entity is { Type: "Person" }
                && !ObjectPrepositions.Contains(WordBefore(doc, m)))
            .MaxBy(m => m.Start);
        if (sameSentence is not null) return sameSentence.Entity;
        var paragraph = doc.Sentences[at.Sentence].Paragraph;
        // A person who opens the sentence just before as its subject ("Evo Morales, a coca growers' leader, was
        // elected in 2005. In May 2006 he nationalized ...") is who "he" goes on about, before the paragraph's first.
        if (at.Sentence > 0 && doc.Sentences[at.Sentence - 1] is { } previous && previous.Paragraph == paragraph
            && doc.Mentions.Where(m => m.Sentence == previous.Index && m.Entity is not null).MinBy(m => m.Start) is { Entity.Type: "Person" } opener
            && opener.FirstToken == previous.FirstToken)
            return opener.Entity;
        var before = doc.Mentions.Where(m => m.Sentence < at.Sentence && m.Entity is { Type: "Person" }).ToList();
        return (before.Where(m => doc.Sentences[m.Sentence].Paragraph == paragraph).MinBy(m => m.Start)
            ?? before.MaxBy(m => m.Start))?.Entity;
    }
}
