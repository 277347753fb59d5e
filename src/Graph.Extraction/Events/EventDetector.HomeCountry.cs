using Graph.Extraction.Knowledge;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

/// <summary>The country a text is about, which places an event whose own sentence names no place.</summary>
internal sealed partial class EventDetector
{
    // Only a state nationalizes or privatizes: "the renationalization of the pension funds" happened in the country the
    // text is about even when the sentence names no government. Not Policy: its triggers ("launched", "introduced")
    // also tell of programs abroad, and the country named most is then often the wrong one (measured: devset +1 fp).
    private static readonly HashSet<string> StateActs = ["Nationalization", "Privatization"];

    private static readonly HashSet<string> CrowdActs = ["Protest", "Strike"];

    /// <summary>
    /// The country the text is about: the place of an event whose sentence names none (measured: seeds events
    /// 0.600 → 0.650, devset unchanged), and the place that makes an event of "the government legalized ..." when
    /// the clause names no actor either. A country the title names ("A Chronology of Colombia's Peace") is that country
    /// even when the guarantors abroad are named more often; else the one named most. A nationality word in a title is
    /// not enough: "Cuban Doctors and the Bolivarian Missions" is about Venezuela.
    /// </summary>
    private ResolvedEntity? HomeCountry(AnalyzedDocument doc, (int First, int End) clause, bool needsNationalBody, string eventType,
        Lazy<ResolvedEntity?> textCountry)
    {
        var national = !needsNationalBody;
        for (var t = clause.First; t < clause.End && !national; t++)
            national = _nationalBodies.Contains(doc.Tokens[t].Lower) && t > clause.First && doc.Tokens[t - 1].Lower == "the"
                || _crowds.Contains(doc.Tokens[t].Lower) && CrowdActs.Contains(eventType);
        return national ? textCountry.Value : null;
    }

    /// <summary>The country the text is about (see <see cref="HomeCountry"/>): the same for every event of the document.</summary>
    private ResolvedEntity? TextCountry(AnalyzedDocument doc)
    {
        var countries = doc.Entities.Where(e => e is { Type: "Place", Kind: "country" } && e.Mentions.Count > 0).ToList();
        var title = TitleCountries(doc.Source.Title);
        var titled = countries.Where(e => title.Contains(e.Name)).MinBy(e => e.Mentions.Min(m => m.Start));
        if (titled is not null) return titled;
        var most = countries.OrderByDescending(e => e.Mentions.Count).ThenBy(e => e.Mentions.Min(m => m.Start)).FirstOrDefault();
        // "fled to the United States" in a text whose towns all lie in Bolivia: the country named most is not the one
        // the text is about when the places it names lie in another: that one, if named, else none (safer than a foreign one).
        if (most is null || CountryOfPlaces(doc) is not (var voted, var votes) || voted == most.Name || votes <= most.Mentions.Count) return most;
        return countries.FirstOrDefault(e => e.Name == voted);
    }

    /// <summary>
    /// The country that the text's places lie in most often (by the gazetteer's LOCATED_IN facts), with the mentions of
    /// its places (its own among them).
    /// </summary>
    private (string Country, int Votes)? CountryOfPlaces(AnalyzedDocument doc)
    {
        var votes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var e in doc.Entities.Where(e => e.Type == "Place" && e.Mentions.Count > 0))
            if (CountryOf(e.Name) is { } country) votes[country] = votes.GetValueOrDefault(country) + e.Mentions.Count;
        if (votes.Count == 0) return null;
        var best = votes.MaxBy(kv => kv.Value);
        return (best.Key, best.Value);
    }

    /// <summary>The country a known place lies in, following LOCATED_IN up a few steps (city, department, country).</summary>
    private string? CountryOf(string name)
    {
        for (var step = 0; step < 4; step++)
        {
            if (!kb.ByFoldedName.TryGetValue(Fold.Name(name), out var entries)) return null;
            var place = entries.FirstOrDefault(e => e.Type == "Place");
            if (place is null) return null;
            if (place.Kind == "country") return place.Name;
            var up = place.Facts.FirstOrDefault(f => f.Relation == "LOCATED_IN");
            if (up is null) return null;
            name = up.Object;
        }
        return null;
    }

    /// <summary>Canonical names of the countries a title names outright.</summary>
    private HashSet<string> TitleCountries(string? title)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(title)) return found;
        // "Colombia's Peace": the possessive folds into the name unless cut off first.
        var words = Fold.Words(title.Replace("'s ", " ", StringComparison.Ordinal).Replace("’s ", " ", StringComparison.Ordinal));
        for (var i = 0; i < words.Length; i++)
        {
            for (var n = 1; n <= 3 && i + n <= words.Length; n++)
                if (kb.ByFoldedName.TryGetValue(Fold.Name(string.Join(' ', words[i..(i + n)])), out var entries))
                    foreach (var e in entries.Where(e => e is { Type: "Place", Kind: "country" })) found.Add(e.Name);
        }
        return found;
    }
}
