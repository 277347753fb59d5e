using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// Finds gazetteer names and aliases: longest match over folded tokens, left to right, no overlaps.
/// Acronyms match only in their exact case; names other than concepts must start with a capital.
/// Where one form names several entries (Bolívar the state, Bolívar the man) the context decides.
/// </summary>
internal sealed class GazetteerMatcher(KnowledgeBase kb) : IComponent
{
    public const string Method = "gazetteer";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Mentions"];

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var ambiguous = new List<(Mention Mention, List<GazetteerHit> Hits)>();
        foreach (var s in doc.Sentences)
        {
            var t = s.FirstToken;
            while (t < s.EndToken)
            {
                var matched = false;
                foreach (var (end, hits) in kb.GazetteerTrie.MatchAt(tokens, t, s.EndToken))
                {
                    var valid = hits.Where(h => Valid(doc, h, t, end)).ToList();
                    if (valid.Count == 0) continue;
                    var hit = Choose(doc, valid, t);
                    var mention = new Mention
                    {
                        FirstToken = t, EndToken = end, Start = tokens[t].Start, End = tokens[end - 1].End, Sentence = s.Index,
                        Type = hit.Entry.Type, Kind = hit.Entry.Kind, Canonical = hit.Entry.Name, Method = Method,
                        Confidence = hit.IsCanonical ? 0.95 : 0.9, Surface = doc.Slice(tokens[t].Start, tokens[end - 1].End),
                    };
                    doc.Mentions.Add(mention);
                    if (valid.Any(h => h.Entry.Type == hit.Entry.Type && h.Entry != hit.Entry)) ambiguous.Add((mention, valid));
                    t = end;
                    matched = true;
                    break;
                }
                if (!matched) t++;
            }
        }
        if (ambiguous.Count > 0) ChooseByCountry(doc, ambiguous);
    }

    /// <summary>
    /// "the Liberal Party" is Honduran in a text about Honduras and Colombian in one about Colombia: among entries of
    /// the same type that share a name, the one located in the place the document names most wins.
    /// </summary>
    private static void ChooseByCountry(AnalyzedDocument doc, List<(Mention Mention, List<GazetteerHit> Hits)> ambiguous)
    {
        var named = doc.Mentions.Where(m => m is { Type: "Place", Canonical: not null }).GroupBy(m => m.Canonical!)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        int Score(GazetteerEntry e) =>
            e.Facts.Where(f => f.Relation == "LOCATED_IN").Select(f => named.GetValueOrDefault(f.Object)).DefaultIfEmpty(0).Max();
        foreach (var (mention, hits) in ambiguous)
        {
            var current = hits.First(h => h.Entry.Name == mention.Canonical);
            var best = hits.Where(h => h.Entry.Type == mention.Type).MaxBy(h => Score(h.Entry))!;
            if (Score(best.Entry) <= Score(current.Entry)) continue;
            mention.Canonical = best.Entry.Name;
            mention.Kind = best.Entry.Kind;
            mention.Confidence = best.IsCanonical ? 0.95 : 0.9;
        }
    }

    private bool Valid(AnalyzedDocument doc, GazetteerHit hit, int first, int end)
    {
        var tokens = doc.Tokens;
        if (hit.IsAcronym)
            return string.Equals(doc.Slice(tokens[first].Start, tokens[end - 1].End).Replace("’", "'"), hit.Form.Replace("’", "'"), StringComparison.Ordinal);
        if (hit.Entry.Type == "Concept") return true;
        var head = tokens[first].Text[0];
        if (!char.IsUpper(head) && !char.IsDigit(head)) return false;
        // A one-word alias inside a longer name ("Barrientos" in "Armando Barrientos", "Rio" in "Río Seco")
        // is part of that name, not the gazetteer entry: leave it to the chunker.
        if (!hit.IsCanonical && end - first == 1 && (CapitalizedNeighbour(doc, first - 1, first) || CapitalizedNeighbour(doc, end, first)))
            return false;
        // A single capitalized word that is also an ordinary word ("Mesa" at a sentence start is still a name,
        // but "Left" or "Union" alone are not) is only trusted when it is not a function word.
        return !(end - first == 1 && kb.FunctionWords.Contains(tokens[first].Lower));
    }

    private bool CapitalizedNeighbour(AnalyzedDocument doc, int neighbour, int self)
    {
        if (neighbour < 0 || neighbour >= doc.Tokens.Count) return false;
        var n = doc.Tokens[neighbour];
        if (n.Sentence != doc.Tokens[self].Sentence || !n.IsWord || !n.IsCapitalized) return false;
        // "The Chávez ..." at a sentence start: the function word is no part of a name.
        return !kb.FunctionWords.Contains(n.Lower);
    }

    private GazetteerHit Choose(AnalyzedDocument doc, List<GazetteerHit> hits, int first)
    {
        if (hits.Select(h => h.Entry).Distinct().Count() == 1) return hits[0];
        var preferred = ContextType(doc, first);
        return hits
            .OrderByDescending(h => preferred is not null && h.Entry.Type == preferred)
            .ThenByDescending(h => h.IsCanonical)
            .ThenBy(h => TypeOrder(h.Entry.Type))
            .First();
    }

    /// <summary>A person cue just before ("President", "Gen.") asks for a person; a place cue ("the state of", "in") for a place.</summary>
    private string? ContextType(AnalyzedDocument doc, int first)
    {
        for (var back = 1; back <= 3 && first - back >= 0; back++)
            if (kb.PersonCues.MatchAt(doc.Tokens, first - back, first).Any(m => m.End == first)) return "Person";
        if (first > 0 && doc.Tokens[first - 1].Lower is "in" or "of" or "from" or "to" or "at") return "Place";
        return null;
    }

    private static int TypeOrder(string type) => type switch
    {
        "Place" => 0, "Organization" => 1, "Person" => 2, "Movement" => 3, "Concept" => 4, _ => 5,
    };
}
