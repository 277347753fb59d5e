using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Names the gazetteer does not know: runs of capitalized tokens joined by name connectors ("of", "de",
/// "y"...), trimmed of titles and sentence-initial function words, typed by <see cref="ChunkTyper"/>.
/// A run that wraps a gazetteer name and has its own head word ("Venezuelan Corporation of Guyana")
/// replaces the inner match; otherwise the gazetteer match stands and the rest is chunked on its own.
/// </summary>
internal sealed class ProperNounChunker(KnowledgeBase kb) : IComponent
{
    public const string Method = "proper-noun";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Mentions"];
    private readonly ChunkTyper _typer = new(kb);

    public void Process(AnalyzedDocument doc)
    {
        var owner = new Mention?[doc.Tokens.Count];
        foreach (var m in doc.Mentions)
            for (var t = m.FirstToken; t < m.EndToken; t++) owner[t] = m;
        var inDate = doc.TokensInDates();
        var lowercaseWords = doc.Tokens.Where(x => x.IsWord && char.IsLower(x.Text[0])).Select(x => x.Lower).ToHashSet(StringComparer.Ordinal);
        var loneWords = LoneCapitalizedWords(doc);

        var ctx = new Context(doc, owner, inDate, lowercaseWords, loneWords, []);
        foreach (var s in doc.Sentences)
        {
            var t = s.FirstToken;
            while (t < s.EndToken)
            {
                if (!ctx.IsNamePart(t, false)) { t++; continue; }
                var end = Extend(ctx, t, s.EndToken);
                ProcessRun(ctx, s, t, end);
                t = end;
            }
        }
        var people = PersonLists.Members(ctx, ctx.Untyped);
        foreach (var (s, a, b) in people) AddMention(ctx, s, a, b, "Person", null, "person-context", 0.6);
        foreach (var (s, a, b) in ProgramFamilies.Members(ctx, ctx.Untyped.Except(people)))
            AddMention(ctx, s, a, b, "Concept", "program", "program-family", 0.6);
        doc.Mentions.RemoveAll(m => m.Type == Removed);
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    private const string Removed = "";

    /// <summary>Capitalized words standing alone (no capitalized neighbour in their sentence), with how often: surname evidence.</summary>
    private static Dictionary<string, int> LoneCapitalizedWords(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord || !t.IsCapitalized) continue;
            bool Capitalized(int j) => j >= 0 && j < tokens.Count && tokens[j].Sentence == t.Sentence && tokens[j].IsWord && tokens[j].IsCapitalized;
            if (!Capitalized(i - 1) && !Capitalized(i + 1)) counts[t.Lower] = counts.GetValueOrDefault(t.Lower) + 1;
        }
        return counts;
    }

    internal sealed record Context(AnalyzedDocument Doc, Mention?[] Owner, bool[] InDate, HashSet<string> LowercaseWords, Dictionary<string, int> LoneWords,
        List<(Sentence Sentence, int First, int End)> Untyped)
    {
        public bool IsNamePart(int t, bool afterName)
        {
            var tok = Doc.Tokens[t];
            if (Owner[t] is not null) return true;
            if (!tok.IsWord || InDate[t]) return false;
            if (char.IsUpper(tok.Text[0])) return true;
            // A number continues a name already begun ("Supreme Decree 21060", "Route 7").
            return afterName && char.IsDigit(tok.Text[0]);
        }
    }

    private int Extend(Context ctx, int first, int limit)
    {
        var tokens = ctx.Doc.Tokens;
        var j = ctx.Owner[first] is { } m0 ? m0.EndToken : first + 1;
        while (j < limit)
        {
            if (tokens[j].ParagraphStart) break;
            if (ctx.IsNamePart(j, true)) { j = ctx.Owner[j] is { } m ? Math.Max(m.EndToken, j + 1) : j + 1; continue; }
            var k = j;
            while (k < limit && k - j < 2 && kb.Connectors.ContainsKey(tokens[k].Lower) && !char.IsUpper(tokens[k].Text[0])) k++;
            if (k == j || k >= limit || !ctx.IsNamePart(k, false) || tokens[k].IsAllCaps && ctx.Owner[k] is { Method: GazetteerMatcher.Method }) break;
            if (!ConnectorAllowed(ctx, first, j, k)) break;
            j = k;
        }
        return j;
    }

    /// <summary>English connectors ("of", "for", "and") need a head word before them: "Federation of X", not "Pérez of AD".</summary>
    private bool ConnectorAllowed(Context ctx, int first, int connectorStart, int connectorEnd)
    {
        var tokens = ctx.Doc.Tokens;
        var needsHead = false;
        for (var c = connectorStart; c < connectorEnd; c++)
            if (kb.Connectors[tokens[c].Lower] == "after-head") needsHead = true;
        if (!needsHead) return true;
        // "X Union and the Y Union" lists two bodies; "Ministry of Labor and Social Security" is one name.
        var hasAnd = Enumerable.Range(connectorStart, connectorEnd - connectorStart).Any(c => tokens[c].Lower == "and");
        if (hasAnd && (connectorEnd - connectorStart > 1 || kb.HeadWords.ContainsKey(tokens[connectorStart - 1].Lower))) return false;
        for (var t = first; t < connectorStart; t++)
            if (ctx.Owner[t] is null && kb.HeadWords.TryGetValue(tokens[t].Lower, out var h) && h.Kind != ChunkTyper.Subunit) return true;
        return false;
    }

    private void ProcessRun(Context ctx, Sentence s, int a, int b)
    {
        var tokens = ctx.Doc.Tokens;
        PersonCue? cue = null;
        // Leading titles: "Lieutenant Colonel", "President", "Gen." — unless the run is an institution's name
        // ("General Confederation of Labor").
        var institutional = Enumerable.Range(a, b - a).Any(t => ctx.Owner[t] is null && kb.HeadWords.TryGetValue(tokens[t].Lower, out var h) && h.Type is not ("Person" or "Place"));
        while (!institutional && a < b && ctx.Owner[a] is null)
        {
            var hit = kb.PersonCues.MatchAt(tokens, a, b).FirstOrDefault(h => h.End < b);
            if (hit.Values is null) break;
            cue = hit.Values[0];
            a = hit.End;
        }
        // Sentence-initial and other function words ("The", "In", "After") are not part of a name.
        // A capitalized particle opens many place names ("El Alto", "La Paz"), so only function words and
        // lower-case connectors are trimmed.
        while (a < b && ctx.Owner[a] is null && (kb.FunctionWords.Contains(tokens[a].Lower) || IsLowerConnector(tokens[a]))) a++;
        while (b > a && ctx.Owner[b - 1] is null && (kb.Connectors.ContainsKey(tokens[b - 1].Lower) || kb.FunctionWords.Contains(tokens[b - 1].Lower))) b--;
        if (a >= b) return;
        // A title that began before the run ("Secretary of State Hillary Clinton") ends inside it.
        for (var back = Math.Min(4, a - s.FirstToken); back >= 1 && cue is null && !institutional; back--)
        {
            var hit = kb.PersonCues.MatchAt(tokens, a - back, b).FirstOrDefault(h => h.End > a && h.End < b);
            if (hit.Values is null) continue;
            cue = hit.Values[0];
            a = hit.End;
        }
        // "the Obama administration": a person's name with a lower-case government noun names the government.
        if (b < s.EndToken && kb.LowercaseHeads.TryGetValue(tokens[b].Lower, out var lowerHead) && char.IsLower(tokens[b].Text[0])
            && (b - a <= 3))
        {
            foreach (var m in Enumerable.Range(a, b - a).Select(t => ctx.Owner[t]).OfType<Mention>().Distinct())
            {
                if (m.Type != "Person" && m.Type != ChunkTyper.Unresolved) return;
            }
            foreach (var m in Enumerable.Range(a, b - a).Select(t => ctx.Owner[t]).OfType<Mention>().Distinct().ToList()) m.Type = Removed;
            AddMention(ctx, s, a, b + 1, lowerHead.Type, lowerHead.Kind, "lowercase-head", 0.7);
            return;
        }

        var inner = Enumerable.Range(a, b - a).Select(t => ctx.Owner[t]).OfType<Mention>().Distinct().ToList();
        if (inner.Count > 0 && GivenNameWithPlace(ctx, a, b, inner))
        {
            foreach (var m in inner) m.Type = Removed;
            AddMention(ctx, s, a, b, "Person", null, "first-name", 0.75);
            return;
        }
        if (inner.Count > 0)
        {
            var spansAll = inner.Count == 1 && inner[0].FirstToken == a && inner[0].EndToken == b;
            if (spansAll) return;
            var ownHead = Enumerable.Range(a, b - a).Any(t => ctx.Owner[t] is null && kb.HeadWords.TryGetValue(tokens[t].Lower, out var h) && h.Type != "Person");
            if (!ownHead || inner.Any(m => m.FirstToken < a || m.EndToken > b))
            {
                // Chunk the uncovered stretches on their own; the gazetteer names stand.
                var t = a;
                while (t < b)
                {
                    if (ctx.Owner[t] is not null) { t++; continue; }
                    var e = t;
                    while (e < b && ctx.Owner[e] is null) e++;
                    ProcessRun(ctx, s, t, e);
                    t = e;
                }
                return;
            }
            foreach (var m in inner) m.Type = Removed;
        }

        // "the Paraguayan Congress" names the Congress: a nationality before a lone institution word is no part of its name.
        if (b - a == 2 && ctx.Owner[a] is null && kb.Demonyms.ContainsKey(tokens[a].Lower)
            && kb.HeadWords.TryGetValue(tokens[a + 1].Lower, out var institution) && institution.Kind is "government" or "military")
            a++;
        var typed = _typer.Type(ctx, s, a, b, cue);
        if (typed is null)
        {
            if (_typer.NameShaped(ctx, a, b)) ctx.Untyped.Add((s, a, b));
            return;
        }
        AddMention(ctx, s, a, b, typed.Value.Type, typed.Value.Kind, typed.Value.Reason, typed.Value.Confidence);
    }

    /// <summary>
    /// "Salvador Allende", "Simón Bolívar": a given name and a surname that happen to be gazetteer places (a city, a
    /// state). A run that starts with a given name, holds one-word place matches only and at least one word no entry
    /// covers names a person, unless a head word makes it a body ("San Salvador Union").
    /// </summary>
    private bool GivenNameWithPlace(Context ctx, int a, int b, List<Mention> inner)
    {
        var tokens = ctx.Doc.Tokens;
        if (b - a is < 2 or > 4 || !kb.FirstNames.Contains(tokens[a].Lower)) return false;
        if (inner.Any(m => m.Type != "Place" || m.EndToken - m.FirstToken != 1 || m.Kind is "country" or "continent" || m.FirstToken < a || m.EndToken > b))
            return false;
        var uncovered = Enumerable.Range(a, b - a).Where(t => ctx.Owner[t] is null).ToList();
        return uncovered.Count > 0 && uncovered.All(t => tokens[t].IsCapitalized && !kb.HeadWords.ContainsKey(tokens[t].Lower) || IsLowerConnector(tokens[t]));
    }

    private bool IsLowerConnector(Token t) => kb.Connectors.ContainsKey(t.Lower) && !char.IsUpper(t.Text[0]);

    private static void AddMention(Context ctx, Sentence s, int a, int b, string type, string? kind, string reason, double confidence)
    {
        var tokens = ctx.Doc.Tokens;
        var mention = new Mention
        {
            FirstToken = a, EndToken = b, Start = tokens[a].Start, End = tokens[b - 1].End, Sentence = s.Index,
            Type = type, Kind = kind, Method = $"{Method}:{reason}", Confidence = confidence,
            Surface = ctx.Doc.Slice(tokens[a].Start, tokens[b - 1].End),
        };
        ctx.Doc.Mentions.Add(mention);
        for (var t = a; t < b; t++) ctx.Owner[t] = mention;
    }
}
