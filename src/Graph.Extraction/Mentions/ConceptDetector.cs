using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Ideas and policies written in lower case: "-ism" and "-ization" words (with a modifier: "Soviet socialism",
/// "twenty-first century socialism"), cue phrases ("constituent assembly") and policy heads with their
/// modifiers ("the hydrocarbons law", "neoliberal policies"). Cues live in concepts/cues.tsv.
/// </summary>
internal sealed class ConceptDetector : IComponent
{
    public string Name => _method;
    public IReadOnlyList<string> Assigns => ["Mentions"];

    private readonly KnowledgeBase _kb;
    private readonly string[] _suffixes;
    private readonly HashSet<string> _heads, _excluded;
    private readonly PhraseTrie<string> _phrases = new(), _modifiers = new();

    private readonly string _type, _method;

    /// <summary>Concepts from concepts/cues.tsv, or (same machinery, other cues) lower-case movements from movements/cues.tsv.</summary>
    public ConceptDetector(KnowledgeBase kb, IReadOnlyList<ConceptCue> cues, string type, string method)
    {
        _kb = kb;
        _type = type;
        _method = method;
        _suffixes = cues.Where(c => c.Kind == "suffix").Select(c => c.Value).ToArray();
        _heads = cues.Where(c => c.Kind == "head").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        _excluded = cues.Where(c => c.Kind == "exclude").Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var c in cues.Where(c => c.Kind == "phrase")) _phrases.Add(c.Value.Split(' '), c.Value);
        foreach (var c in cues.Where(c => c.Kind == "modifier")) _modifiers.Add(c.Value.Split(' '), c.Value);
    }

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var owner = new Mention?[tokens.Count];
        foreach (var m in doc.Mentions) for (var t = m.FirstToken; t < m.EndToken; t++) owner[t] = m;
        foreach (var s in doc.Sentences)
        {
            for (var t = s.FirstToken; t < s.EndToken; t++)
            {
                var phrase = owner[t] is null ? _phrases.MatchAt(tokens, t, s.EndToken).FirstOrDefault() : default;
                // A phrase inside a longer capitalized name ("Free Trade Area") is not the phrase.
                if (phrase.Values is not null && phrase.End < s.EndToken && tokens[phrase.End].IsCapitalized && tokens[t].IsCapitalized) phrase = default;
                if (phrase.Values is not null) { Add(doc, owner, s, t, phrase.End, "phrase", 0.75); t = phrase.End - 1; continue; }
                var tok = tokens[t];
                if (!tok.IsWord || char.IsUpper(tok.Text[0])) continue;
                var existing = owner[t];
                if (existing is not null && existing.Type != _type) continue;
                // "the privatization of SIDOR" is an event; "privatization" alone is the policy.
                if (IsSuffixConcept(tok.Lower) && !(t + 2 < s.EndToken && tokens[t + 1].Lower == "of" && tokens[t + 2].IsCapitalized))
                {
                    var first = ModifierStart(doc, owner, s, t);
                    if (existing is null || first < existing.FirstToken) Add(doc, owner, s, first, Math.Max(t + 1, existing?.EndToken ?? 0), "suffix", 0.7);
                }
                else if (existing is null && _heads.Contains(tok.Lower))
                {
                    var first = t;
                    // An excluded word ("massive", "international") sizes or places the noun without naming a kind of it.
                    while (first - 1 >= s.FirstToken && t - first < 2 && owner[first - 1] is null && IsContentWord(tokens[first - 1])
                        && !_excluded.Contains(tokens[first - 1].Lower)) first--;
                    // A capitalized adjective of place before the modifiers belongs to the name ("Central American guerrilla movements").
                    // Two-word nationalities first: "Central American" must not stop at "American".
                    if (first - 2 >= s.FirstToken && first < t && owner[first - 1] is null && owner[first - 2] is null
                        && _kb.Demonyms.ContainsKey(tokens[first - 2].Lower + " " + tokens[first - 1].Lower)) first -= 2;
                    else while (first - 1 > s.FirstToken && first < t && owner[first - 1] is null && _kb.Demonyms.ContainsKey(tokens[first - 1].Lower)) first--;
                    if (first < t && (first == s.FirstToken || !tokens[first - 1].IsWord || _kb.FunctionWords.Contains(tokens[first - 1].Lower)))
                        Add(doc, owner, s, first, t + 1, "head", 0.55);
                }
            }
        }
        if (_type == "Concept")
        {
            foreach (var m in doc.Mentions) if (m.Type == _type && IsInstance(tokens, m)) m.Type = "";
            foreach (var (s, t) in ListedWithConcepts(doc, owner)) Add(doc, owner, s, t, t + 1, "list", 0.55);
        }
        doc.Mentions.RemoveAll(m => m.Type == "");
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// A policy word used for acts rather than the idea: counted ("neither a nationalization nor a land reform",
    /// "one of the privatizations of that decade"). The idea itself is bare or definite: "privatization", "the threat
    /// of privatization", and also "promised the nationalization of the mines", where the act is what is supported.
    /// </summary>
    private bool IsInstance(List<Token> tokens, Mention m)
    {
        // Only a negated count: "calling a constituent assembly" still speaks of the idea.
        if (m.FirstToken > 1 && tokens[m.FirstToken - 1].Lower is "a" or "an" && tokens[m.FirstToken - 2].Lower is "neither" or "nor" or "not")
            return true;
        var last = tokens[m.EndToken - 1].Lower;
        if (m.EndToken - m.FirstToken == 1 && _suffixes.Any(sfx => last.EndsWith(sfx + "s", StringComparison.Ordinal))) return true;
        return false;
    }

    /// <summary>
    /// "beaten down by flexibilization, subcontracting, and other neoliberal measures": a list holds things of one
    /// kind, so a lone lower-case noun listed right after a concept, and followed by another concept or by "and
    /// other ...", is a concept too.
    /// </summary>
    private List<(Sentence, int)> ListedWithConcepts(AnalyzedDocument doc, Mention?[] owner)
    {
        var tokens = doc.Tokens;
        var found = new List<(Sentence, int)>();
        foreach (var m in doc.Mentions.Where(m => m.Type == _type).ToList())
        {
            var s = doc.Sentences[m.Sentence];
            var t = m.EndToken + 1;
            if (t + 2 >= s.EndToken || tokens[m.EndToken].Text != "," || owner[t] is not null || !IsContentWord(tokens[t])) continue;
            var k = t + 1;
            if (tokens[k].Text == ",") k++;
            if (k + 1 >= s.EndToken || tokens[k].Lower != "and" && tokens[k - 1].Text != ",") continue;
            if (tokens[k].Lower == "and") k++;
            if (tokens[k].Lower == "other" || owner[k] is { } next && next.Type == _type && next.FirstToken == k) found.Add((s, t));
        }
        return found;
    }

    private bool IsSuffixConcept(string word) =>
        !_excluded.Contains(word) && _suffixes.Any(sfx => word.EndsWith(sfx, StringComparison.Ordinal) && word.Length >= sfx.Length + 4);

    /// <summary>A modifier phrase from the cue list, or a capitalized adjective mid-sentence ("Soviet"), joins the concept.</summary>
    private int ModifierStart(AnalyzedDocument doc, Mention?[] owner, Sentence s, int t)
    {
        var tokens = doc.Tokens;
        for (var back = 3; back >= 1; back--)
        {
            var from = t - back;
            if (from < s.FirstToken || Enumerable.Range(from, back).Any(i => owner[i] is not null)) continue;
            if (_modifiers.MatchAt(tokens, from, t).Any(m => m.End == t)) return from;
        }
        var prev = t - 1;
        if (prev > s.FirstToken && tokens[prev].IsWord && char.IsUpper(tokens[prev].Text[0]) && owner[prev] is null or { Type: ChunkTyper.Unresolved })
            return prev;
        return t;
    }

    private bool IsContentWord(Token t) =>
        t.IsWord && char.IsLower(t.Text[0]) && !_kb.FunctionWords.Contains(t.Lower) && !_kb.Connectors.ContainsKey(t.Lower)
        && !t.Lower.EndsWith("ly", StringComparison.Ordinal) && !t.Lower.EndsWith("ed", StringComparison.Ordinal);

    private void Add(AnalyzedDocument doc, Mention?[] owner, Sentence s, int a, int b, string reason, double confidence)
    {
        var tokens = doc.Tokens;
        for (var t = a; t < b; t++) if (owner[t] is { } old) old.Type = "";
        var m = new Mention
        {
            FirstToken = a, EndToken = b, Start = tokens[a].Start, End = tokens[b - 1].End, Sentence = s.Index,
            Type = _type, Method = $"{_method}:{reason}", Confidence = confidence, Surface = doc.Slice(tokens[a].Start, tokens[b - 1].End),
        };
        doc.Mentions.Add(m);
        for (var t = a; t < b; t++) owner[t] = m;
    }
}
