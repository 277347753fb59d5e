using Graph.Core.Model;
using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;
using Mention = Graph.Extraction.Pipeline.Mention;

namespace Graph.Extraction.Relations;

/// <summary>
/// Matches relations/patterns.tsv within each sentence. A sentence is seen as a sequence of items: each
/// entity mention is one item, every other token one item. Patterns are short and gaps bounded, so the
/// backtracking is bounded by pattern length times gap width at each start item.
/// </summary>
internal sealed class PatternMatcher(KnowledgeBase kb, IReadOnlyDictionary<string, string> roleRelations) : IComponent
{
    public const string Method = "pattern";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Relations"];

    private readonly record struct Item(int FirstToken, int EndToken, Mention? Mention, string Key);

    private sealed class Match
    {
        public Mention? Subject, Object;
        public string? Role;
        /// <summary>"a former leader of": the role is no longer held, which the relation's role says.</summary>
        public bool Former;
        public int LastItem;
    }

    public void Process(AnalyzedDocument doc)
    {
        var bySentence = doc.MentionsBySentence();
        var datesBySentence = doc.Dates.ToLookup(d => d.Sentence);
        var standIns = DocumentStandIns.Of(doc, kb);
        foreach (var s in doc.Sentences)
        {
            var items = Items(doc, s, bySentence[s.Index], standIns.In(s));
            if (items.Count(i => i.Mention is not null) < 2) continue;
            var keys = items.Select(i => i.Key).ToHashSet(StringComparer.Ordinal);
            for (var pi = 0; pi < kb.Patterns.Count; pi++)
                if (kb.Patterns[pi] is var p && CanMatch(pi, keys))
                for (var start = 0; start < items.Count; start++)
                {
                    var m = new Match();
                    if (!Step(doc, p.Elements, 0, items, start, m)) continue;
                    Emit(doc, s, p, items, start, m, datesBySentence[s.Index].ToList());
                }
        }
    }

    /// <summary>
    /// The words each pattern cannot do without (the first word of some alternative of every required literal),
    /// so a sentence lacking them skips the pattern without trying any start position.
    /// </summary>
    private readonly string[][][] _anchors = kb.Patterns.Select(
        p => p.Elements.OfType<LiteralElement>().Where(l => !l.Optional)
            .Select(l => l.Alternatives.Where(a => a.Length > 0).Select(a => a[0]).Distinct().ToArray()).ToArray()).ToArray();

    private bool CanMatch(int pattern, HashSet<string> keys)
    {
        foreach (var required in _anchors[pattern])
            if (!required.Any(keys.Contains)) return false;
        return true;
    }

    private static List<Item> Items(AnalyzedDocument doc, Sentence s, List<Mention> sentenceMentions, StandIns standIns)
    {
        var byFirst = new Dictionary<int, Mention>();
        foreach (var m in sentenceMentions)
            if (m.Entity is not null) byFirst.TryAdd(m.FirstToken, m);
        var items = new List<Item>();
        for (var t = s.FirstToken; t < s.EndToken;)
        {
            if (byFirst.TryGetValue(t, out var m)) { items.Add(new Item(t, m.EndToken, m, "")); t = m.EndToken; continue; }
            var tok = doc.Tokens[t];
            if (standIns.At(t) is { } standIn)
            {
                // "his" stays a word a pattern may spell out ("began his term"); other stand-ins are names only.
                items.Add(new Item(t, standIn.EndToken, standIn, standIn.Method == StandIns.Possessive ? tok.Lower : ""));
                t = standIn.EndToken;
                continue;
            }
            items.Add(new Item(t, t + 1, null, tok.IsWord ? tok.Lower : tok.Text));
            t++;
        }
        return items;
    }

    /// <summary>An item a literal can match: a plain word, or "his"/"her", which a pattern may spell out ("began his term").</summary>
    private static bool IsWord(Item item) => item.Mention is null || item.Mention.Method == StandIns.Possessive;

    private bool Step(AnalyzedDocument doc, IReadOnlyList<PatternElement> els, int e, List<Item> items, int i, Match m)
    {
        if (e == els.Count) { m.LastItem = i - 1; return true; }
        switch (els[e])
        {
            case SlotElement slot:
                if (i >= items.Count || items[i].Mention is not { } mention || !slot.Types.Contains(mention.Entity!.Type)) return false;
                if (mention.Method == StandIns.Possessive && (e + 1 >= els.Count || els[e + 1] is not LiteralElement)) return false;
                if (slot.IsSubject) m.Subject = mention; else m.Object = mention;
                return Step(doc, els, e + 1, items, i + 1, m);
            case RoleElement:
                if (i >= items.Count || items[i].Mention is not null) return false;
                foreach (var (end, cues) in kb.PersonCues.MatchAt(doc.Tokens, items[i].FirstToken, doc.Sentences[doc.Tokens[items[i].FirstToken].Sentence].EndToken))
                {
                    var cue = cues.FirstOrDefault(c => c.Leads);
                    if (cue is null) continue;
                    var next = i;
                    while (next < items.Count && items[next].FirstToken < end) next++;
                    if (items[next - 1].Mention is not null) continue;
                    // "a founder of X" is one of its founders: a co-founder (the annotation convention), unlike "the founder".
                    m.Role = cue.Role == SoleFounder && i > 0 && items[i - 1].Key is "a" or "an" ? CoFounder : cue.Role;
                    m.Former = i > 0 && items[i - 1].Key is "former" or "ex";
                    if (Step(doc, els, e + 1, items, next, m)) return true;
                }
                return false;
            case LiteralElement lit:
                var candidates = i < items.Count && IsWord(items[i]) && lit.ByFirstKey.TryGetValue(items[i].Key, out var c) ? c : [];
                foreach (var alt in candidates)
                {
                    if (alt.Length == 0 || i + alt.Length > items.Count) continue;
                    var ok = true;
                    for (var k = 0; k < alt.Length && ok; k++) ok = IsWord(items[i + k]) && items[i + k].Key == alt[k];
                    if (ok && Step(doc, els, e + 1, items, i + alt.Length, m)) return true;
                }
                return lit.Optional && Step(doc, els, e + 1, items, i, m);
            case ClauseFirstElement:
                return els[e + 1] is SlotElement first && FirstInClause(items, i, first.Types) && Step(doc, els, e + 1, items, i, m);
            case GapElement { InPhrase: true } phrase:
            {
                for (var used = 0; used <= phrase.Max && i + used <= items.Count; used++)
                {
                    if (Step(doc, els, e + 1, items, i + used, m)) return true;
                    if (i + used >= items.Count || PhraseBreaks.Contains(items[i + used].Key)) return false;
                }
                return false;
            }
            case GapElement gap:
            {
                // A gap of up to Max items, where a bracketed aside or a comma-delimited apposition
                // ("Chávez, who had ..., rose against") counts as one item; it never crosses a clause break.
                var at = i;
                for (var used = 0; used <= gap.Max && at <= items.Count; used++)
                {
                    if (Step(doc, els, e + 1, items, at, m)) return true;
                    if (at >= items.Count || items[at].Key is ";" or "—" or "–" or ":" or ".") return false;
                    var next = SkipAside(items, at);
                    // What follows a comma may be the cue itself ("the workers' movement, beaten down by ..."),
                    // not an aside to jump over.
                    if (next > at + 1 && items[at].Key == "," && used < gap.Max && Step(doc, els, e + 1, items, at + 1, m)) return true;
                    at = next;
                }
                return false;
            }
            default:
                return false;
        }
    }

    private static readonly HashSet<string> PhraseBreaks = new(StringComparer.Ordinal) { ",", ";", ":", ".", "(", ")", "—", "–", "\"", "“", "”", "!", "?" };
    private static readonly HashSet<string> ClauseBreaks = new(StringComparer.Ordinal) { ";", ":", ".", "—", "–" };

    /// <summary>No name of these types comes before the item in its clause: the name is the clause's subject, not an object.</summary>
    private static bool FirstInClause(List<Item> items, int at, IReadOnlySet<string> types)
    {
        // "Harnecker draws on ..., where she served ... and was a director of": "she" is the same one, not another.
        var self = at < items.Count ? items[at].Mention?.Entity : null;
        for (var j = at - 1; j >= 0 && !ClauseBreaks.Contains(items[j].Key); j--)
            if (items[j].Mention is { Entity: { } other } && types.Contains(other.Type) && other != self) return false;
        return true;
    }

    /// <summary>The item after <paramref name="at"/> is a possessive: the name there owns the thing meant.</summary>
    private static bool Possessor(List<Item> items, int at) => at + 1 < items.Count && items[at + 1].Key is "'s" or "’s";

    /// <summary>
    /// "President Arzú and Rolando Morán, the commander of the URNG": an apposition belongs to the name right before
    /// it, not to the names joined to that one.
    /// </summary>
    private static bool Apposed(RelationPattern p, bool subject)
    {
        var at = -1;
        for (var k = 0; k < p.Elements.Count && at < 0; k++)
            if (p.Elements[k] is SlotElement slot && slot.IsSubject == subject) at = k;
        // Only before a role ("the commander of"), which one person holds; "Senkata and Ventilla, districts of El Alto"
        // and "A, B and C, in <Work>" speak of every name of the list.
        return at >= 0 && at + 1 < p.Elements.Count && p.Elements[at + 1] is LiteralElement { Optional: false } lit
            && lit.Alternatives.Any(a => a is [","]) && p.Elements.OfType<RoleElement>().Any();
    }

    private const string SoleFounder = "founder", CoFounder = "co-founder", FormerPrefix = "former ";

    private const int MaxAside = 20;

    /// <summary>The item after <paramref name="at"/>, jumping over "( ... )" or ", ... ," when it opens one.</summary>
    private static int SkipAside(List<Item> items, int at)
    {
        var close = items[at].Key switch { "(" => ")", "," => ",", _ => null };
        if (close is null) return at + 1;
        for (var j = at + 1; j < items.Count && j - at <= MaxAside; j++)
        {
            // An aside never runs past the end of a clause ("..., had moved to the left: he raised ...").
            if (items[j].Key is ";" or "." or ":") break;
            if (items[j].Key == close) return j + 1;
        }
        return at + 1;
    }

    private void Emit(AnalyzedDocument doc, Sentence s, RelationPattern p, List<Item> items, int start, Match m, List<DateSpan> dates)
    {
        if (m.Subject is null || m.Object is null) return;
        // "who led the Catholic Church's human rights office": a name the pattern ends on that owns what follows is not
        // the object, only its possessor.
        if (p.Elements[^1] is SlotElement && Possessor(items, m.LastItem)) return;
        var relation = m.Role is { } role && roleRelations.TryGetValue(role, out var byRole) ? byRole : p.Relation;
        var def = kb.Ontology.Relation(relation);
        var from = doc.Tokens[items[start].FirstToken].Start;
        var to = doc.Tokens[items[Math.Max(m.LastItem, start)].EndToken - 1].End;
        var evidence = new SpanRef(s.Index, from, to, $"{Method}:{p.Id}", p.Confidence);
        // "A and B rose against C": every conjunct of a slot takes part.
        var subjects = Conjuncts(items, m.Subject, backward: !Apposed(p, subject: true));
        var roleText = m.Role is { } held && m.Former ? $"{FormerPrefix}{held}" : m.Role ?? p.Role;
        // "A and B founded the party": each is one of its founders, a co-founder and so a member.
        // "With other exiles she founded the party": founding it alongside others makes a co-founder too.
        if (roleText == SoleFounder && (subjects.Count > 1 || FoundedWithOthers(items, Math.Max(m.LastItem, start)))
            && roleRelations.TryGetValue(CoFounder, out var shared))
            (relation, def, roleText) = (shared, kb.Ontology.Relation(shared), CoFounder);
        foreach (var subject in subjects)
            foreach (var obj in Conjuncts(items, m.Object, backward: !Apposed(p, subject: false)))
                if (subject != obj && def.Allows(subject.Type, obj.Type) && !Inverted(relation, subject, obj))
                    doc.Relations.Add(new ExtractedRelation(relation, subject, obj, evidence, roleText, dates.Count == 1 ? dates[0].Value : null));
    }

    /// <summary>Phrases that say an act was shared with unnamed others ("with other exiles", "together with").</summary>
    private static readonly string[][] WithOthers = [["with", "other"], ["with", "others"], ["together", "with"], ["along", "with"], ["with", "fellow"]];

    /// <summary>A with-others phrase in the clause up to the end of the match (a later relative clause speaks of something else).</summary>
    private static bool FoundedWithOthers(List<Item> items, int last)
    {
        var from = last;
        while (from > 0 && items[from - 1].Key is not (";" or ":")) from--;
        for (var i = from; i < last; i++)
            foreach (var phrase in WithOthers)
                if (i + phrase.Length <= last && phrase.Select((w, k) => items[i + k].Mention is null && items[i + k].Key == w).All(x => x))
                    return true;
        // "founded the party with other exiles": right after the object, before any comma.
        return last + 2 < items.Count && WithOthers.Any(p => items[last + 1].Key == p[0] && items[last + 2].Key == p[1]);
    }

    // "region" is left out: the gazetteer uses it for city districts and for world regions alike.
    private static readonly string[] PlaceScale = ["city", "state", "country", "continent"];

    /// <summary>"Norway, Oslo" read as containment would put a country in a city: refused when the kinds say so.</summary>
    private bool Inverted(string relation, ResolvedEntity subject, ResolvedEntity obj)
    {
        if (relation != kb.Ontology.ContainmentRelation) return false;
        var (s, o) = (Array.IndexOf(PlaceScale, subject.Kind), Array.IndexOf(PlaceScale, obj.Kind));
        return s >= 0 && o >= 0 && s > o;
    }

    /// <summary>The entity of a slot's mention and of mentions joined to it by "and" or "," (a list like "A, B and C").</summary>
    private static List<ResolvedEntity> Conjuncts(List<Item> items, Mention mention, bool backward = true)
    {
        var result = new List<ResolvedEntity> { mention.Entity! };
        var at = items.FindIndex(x => x.Mention == mention);
        if (at < 0) return result;
        foreach (var dir in backward ? new[] { -1, 1 } : [1])
        {
            var j = at;
            while (true)
            {
                // "the CGT (CGT) and the CTA": a bracketed short form after a conjunct is passed over.
                var joint = dir > 0 ? PastShortForm(items, j + 1) : j - 1;
                var next = joint + dir;
                if (next < 0 || next >= items.Count || joint < 0 || joint >= items.Count || items[joint].Key is not ("and" or "," or "or")) break;
                if (dir < 0 && items[next].Key == ")" && ShortFormOpening(items, next) is var o && o > 0) next = o - 1;
                // "backed by the Workers' Party and the MST": a determiner may open the next conjunct. Not backwards: in
                // "the COB and the coca growers led by Evo Morales" what follows binds to the nearer name only.
                if (dir > 0 && items[next].Key == "the" && next + 1 < items.Count) next++;
                // "Ramírez, Ortega's vice president, founded": a possessor opens an apposition, it is no list element.
                if (items[next].Mention is not { } other || !SameKind(other.Entity!.Type, mention.Entity!.Type) || StandIns.IsModifier(other)
                    || Possessor(items, next)) break;
                result.Add(other.Entity);
                j = next;
            }
        }
        return result.Distinct().ToList();
    }

    // "backed by the Workers' Party and the Landless Workers' Movement": a party and a movement are both bodies of people.
    private static readonly string[] Bodies = ["Organization", "Movement"];

    private static bool SameKind(string a, string b) => a == b || Bodies.Contains(a) && Bodies.Contains(b);

    /// <summary>The item after a bracketed short form that opens at <paramref name="at"/>, else <paramref name="at"/>.</summary>
    private static int PastShortForm(List<Item> items, int at) => ShortForms.Past(at, items.Count, k => items[k].Key);

    /// <summary>The "(" of the short form that closes at <paramref name="close"/>, or -1.</summary>
    private static int ShortFormOpening(List<Item> items, int close) => ShortForms.Opening(close, 0, k => items[k].Key);
}
