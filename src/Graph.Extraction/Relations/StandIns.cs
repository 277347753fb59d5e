using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Relations;

/// <summary>
/// Words of one sentence that stand for an entity the document names elsewhere, so that relation patterns can use
/// them as names: "she" for the one person just named, "his" (in "his childhood in Birán"), a nationality word for
/// its country ("the Chilean capital"), "these policies" for the one entity named before whose name ends in
/// "policies", "privatized" for the privatization the document names. Each stand-in is a mention kept only for matching: it joins no entity and is never output.
/// </summary>
internal sealed class StandIns
{
    public const string Pronoun = "pronoun";
    public const string Possessive = "possessive";
    public const string Demonym = "demonym";
    public const string HeadNoun = "head-noun";
    public const string Derived = "derived";

    /// <summary>The person type: the only one "he", "she", "his" and "her" stand for.</summary>
    private const string PersonType = "Person";
    private const string PlaceType = "Place";
    private const string ConceptType = "Concept";
    private const string WorkType = "Work";

    /// <summary>
    /// Verb endings and the noun endings of the process they name: privat-ized → privat-ization. Not "-ated" → "-ation":
    /// "educated" is seldom "education" done to someone.
    /// </summary>
    private static readonly (string Verb, string Noun)[] Derivations = [("ized", "ization"), ("ised", "isation")];

    private static readonly HashSet<string> Pointers = new(StringComparer.Ordinal) { "the", "this", "these", "that", "those" };

    private readonly Dictionary<int, Mention> _at = [];

    /// <summary>
    /// A stand-in that modifies a noun rather than naming ("Cuban doctors", "his former chief of staff", "was
    /// privatized"): it never joins a list of names ("Caracas, Cuban doctors"; "Rousseff, his ...").
    /// </summary>
    public static bool IsModifier(Mention m) => m.Method is Demonym or Possessive or Derived;

    /// <summary>The stand-in starting at a token of the sentence, if any.</summary>
    public Mention? At(int token) => _at.GetValueOrDefault(token);

    /// <summary>What a document offers stand-ins: its places by name, its other entities by the last word of each of their names.</summary>
    internal sealed record DocumentIndex(Dictionary<string, ResolvedEntity> Places, Dictionary<string, List<ResolvedEntity>> ByHead,
        Dictionary<string, ResolvedEntity> Concepts, List<ResolvedEntity> Works, Dictionary<string, List<ResolvedEntity>> ByType);

    public static DocumentIndex Index(AnalyzedDocument doc, KnowledgeBase kb)
    {
        var places = doc.Entities.Where(e => e.Type == PlaceType).GroupBy(e => e.Name, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byHead = new Dictionary<string, List<ResolvedEntity>>(StringComparer.Ordinal);
        // Events are left out: their names are made up from the sentence ("Strike: strike, Bolivian Workers' Center").
        foreach (var e in doc.Entities.Where(e => e.Type is not (PersonType or PlaceType) && !kb.Ontology.IsEvent(e.Type) && e.Mentions.Count > 0))
            foreach (var name in e.Aliases.Append(e.Name))
            {
                var head = Fold.Name(name).Split(' ', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(w => w.All(char.IsLetter));
                if (head is null) continue;
                if (!byHead.TryGetValue(head, out var list)) byHead[head] = list = [];
                if (!list.Contains(e)) list.Add(e);
            }
        var concepts = new Dictionary<string, ResolvedEntity>(StringComparer.Ordinal);
        foreach (var e in doc.Entities.Where(e => e.Type == ConceptType))
            foreach (var name in e.Aliases.Append(e.Name)) concepts.TryAdd(Fold.Name(name), e);
        // Type names as nouns ("the movement", "the organization"); people and places have nouns of their own.
        var byType = doc.Entities.Where(e => e.Type is not (PersonType or PlaceType) && !kb.Ontology.IsEvent(e.Type))
            .GroupBy(e => e.Type.ToLowerInvariant()).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return new DocumentIndex(places, byHead, concepts, doc.Entities.Where(e => e.Type == WorkType).ToList(), byType);
    }

    public StandIns(AnalyzedDocument doc, KnowledgeBase kb, DocumentIndex index, Sentence s, List<Mention> sentenceMentions, List<Mention> previousMentions)
    {
        var owned = new bool[s.TokenCount];
        foreach (var m in sentenceMentions)
            for (var t = m.FirstToken; t < m.EndToken && t < s.EndToken; t++) owned[t - s.FirstToken] = true;
        for (var t = s.FirstToken; t < s.EndToken; t++)
        {
            if (owned[t - s.FirstToken]) continue;
            var tok = doc.Tokens[t];
            var standIn = tok.Lower switch
            {
                "he" or "she" => Person(doc, t, Referent(doc, sentenceMentions, previousMentions, t, subjectFallback: false), Pronoun),
                "his" or "her" => Person(doc, t, Referent(doc, sentenceMentions, previousMentions, t, subjectFallback: true), Possessive),
                _ => null,
            };
            if (standIn is null && tok.IsCapitalized && kb.Demonyms.TryGetValue(tok.Lower, out var place) && index.Places.TryGetValue(place, out var country))
                standIn = Make(doc, t, t + 1, country, Demonym);
            if (standIn is null && Pointers.Contains(tok.Lower) && t + 1 < s.EndToken && !owned[t + 1 - s.FirstToken]
                && doc.Tokens[t + 1] is { IsWord: true, IsCapitalized: false } noun && index.ByHead.TryGetValue(noun.Lower, out var named))
            {
                // "these policies": the one entity named before whose name ends in the noun.
                var before = named.Where(e => e.Mentions.Any(m => m.End <= tok.Start)).ToList();
                if (before.Count == 1) standIn = Make(doc, t, t + 2, before[0], HeadNoun);
            }
            if (standIn is null && Pointers.Contains(tok.Lower) && t + 1 < s.EndToken && !owned[t + 1 - s.FirstToken]
                && doc.Tokens[t + 1] is { IsCapitalized: false } typeNoun && index.ByType.TryGetValue(typeNoun.Lower, out var ofType))
            {
                // "the movement": the one entity of that type named before ("Radio Universidad broadcast for the movement").
                var before = ofType.Where(e => e.Mentions.Any(m => m.End <= tok.Start)).Take(2).ToList();
                if (before.Count == 1) standIn = Make(doc, t, t + 2, before[0], HeadNoun);
            }
            if (standIn is null && Pointers.Contains(tok.Lower) && t + 1 < s.EndToken && !owned[t + 1 - s.FirstToken]
                && kb.WorkCues.MatchAt(doc.Tokens, t + 1, s.EndToken) is [var (end, _), ..] && !doc.Tokens[t + 1].IsCapitalized)
            {
                // "the book" for the one work named before it.
                var works = index.Works.Where(e => e.Mentions.Any(m => m.End <= tok.Start)).Take(2).ToList();
                if (works.Count == 1 && Enumerable.Range(t + 1, end - t - 1).All(k => !owned[k - s.FirstToken])) standIn = Make(doc, t, end, works[0], HeadNoun);
            }
            if (standIn is null && !tok.IsCapitalized && DerivedConcept(tok.Lower, index.Concepts) is { } process)
                standIn = Make(doc, t, t + 1, process, Derived);
            if (standIn is null) continue;
            _at[t] = standIn;
            t = standIn.EndToken - 1;
        }
    }

    /// <summary>"SIDOR was privatized": the verb stands for the process the document names ("privatization").</summary>
    private static ResolvedEntity? DerivedConcept(string word, Dictionary<string, ResolvedEntity> concepts)
    {
        foreach (var (verb, noun) in Derivations)
            if (word.Length > verb.Length + 2 && word.EndsWith(verb, StringComparison.Ordinal)
                && concepts.TryGetValue(word[..^verb.Length] + noun, out var process)) return process;
        return null;
    }

    /// <summary>
    /// The person a pronoun stands for: the one named earlier in its sentence ("Zelaya, ..., had moved to the left: he
    /// raised ..."), or else the one named in the sentence before; null when the nearer of the two names several.
    /// </summary>
    /// <param name="subjectFallback">
    /// Whether, with several people in the sentence before, its opening subject is taken. Only for "his"/"her", which fill
    /// few patterns ("Rousseff, his former chief of staff"); "he" with two people before stays unresolved.
    /// </param>
    private static ResolvedEntity? Referent(AnalyzedDocument doc, List<Mention> sentenceMentions, List<Mention> previousMentions, int pronoun,
        bool subjectFallback)
    {
        // "Dilma Rousseff, his former chief of staff": "his" is never the one the apposition is about.
        var here = sentenceMentions.Where(m => m.EndToken <= pronoun && m.Entity?.Type == PersonType
            && !(m.EndToken == pronoun - 1 && doc.Tokens[pronoun - 1].Text == ",")).ToList();
        if (here.Count > 0) return OnePerson(here);
        return OnePerson(previousMentions) ?? (subjectFallback ? OpeningPerson(doc, previousMentions) : null);
    }

    /// <summary>Words a sentence may open with before its subject ("Eight years ago, Lula ...").</summary>
    private const int MaxOpening = 6;

    /// <summary>
    /// With several people in the sentence before, a pronoun opening the next one carries on its subject: the person
    /// named first, near the sentence's start and after no preposition ("Eight years ago, Lula ... defeated Serra.
    /// Next month he hands the office ...").
    /// </summary>
    private static ResolvedEntity? OpeningPerson(AnalyzedDocument doc, List<Mention> previousMentions)
    {
        var first = previousMentions.Where(m => m.Entity is not null).MinBy(m => m.FirstToken);
        if (first?.Entity?.Type != PersonType) return null;
        var s = doc.Sentences[first.Sentence];
        if (first.FirstToken - s.FirstToken > MaxOpening) return null;
        var before = first.FirstToken - 1;
        return before >= s.FirstToken && doc.Tokens[before].Lower is "of" or "by" or "with" or "to" or "for" or "from" or "against" or "and" ? null : first.Entity;
    }

    /// <summary>The one person the mentions name, or null when they name none or several.</summary>
    private static ResolvedEntity? OnePerson(IEnumerable<Mention> mentions)
    {
        var people = mentions.Where(m => m.Entity?.Type == PersonType).Select(m => m.Entity!).Distinct().Take(2).ToList();
        return people.Count == 1 ? people[0] : null;
    }

    private static Mention? Person(AnalyzedDocument doc, int token, ResolvedEntity? person, string method) =>
        person is null ? null : Make(doc, token, token + 1, person, method);

    private static Mention Make(AnalyzedDocument doc, int first, int end, ResolvedEntity entity, string method) => new()
    {
        FirstToken = first, EndToken = end, Start = doc.Tokens[first].Start, End = doc.Tokens[end - 1].End, Sentence = doc.Tokens[first].Sentence,
        Type = entity.Type, Method = method, Confidence = 0.5, Surface = doc.Slice(doc.Tokens[first].Start, doc.Tokens[end - 1].End), Entity = entity,
    };
}

/// <summary>
/// The stand-ins of a document's sentences, built once per document and shared by the pattern and clause matchers,
/// which run one after the other on the same mentions and entities (neither adds any).
/// </summary>
internal sealed class DocumentStandIns
{
    private readonly AnalyzedDocument _doc;
    private readonly KnowledgeBase _kb;
    private readonly StandIns.DocumentIndex _index;
    private readonly List<Mention>[] _bySentence;
    private readonly StandIns?[] _sentences;

    private DocumentStandIns(AnalyzedDocument doc, KnowledgeBase kb)
    {
        (_doc, _kb) = (doc, kb);
        _index = StandIns.Index(doc, kb);
        _bySentence = doc.MentionsBySentence();
        _sentences = new StandIns?[doc.Sentences.Count];
    }

    /// <summary>The document's stand-ins, built by the first component that asks.</summary>
    public static DocumentStandIns Of(AnalyzedDocument doc, KnowledgeBase kb) => doc.Shared(d => new DocumentStandIns(d, kb));

    /// <summary>The stand-ins of one sentence, built on first use.</summary>
    public StandIns In(Sentence s) => _sentences[s.Index] ??=
        new StandIns(_doc, _kb, _index, s, _bySentence[s.Index], s.Index > 0 ? _bySentence[s.Index - 1] : []);
}
