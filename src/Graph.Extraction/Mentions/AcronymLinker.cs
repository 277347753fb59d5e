using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Mentions;

/// <summary>
/// "Venezuelan Corporation of Guyana (CVG)": the short form in brackets right after a name is that name's
/// alias; the bracketed mention, or a new one, points back at the name so both become one entity.
/// </summary>
internal sealed class AcronymLinker : IComponent
{
    public const string Method = "acronym-definition";
    public string Name => Method;
    public IReadOnlyList<string> Assigns => ["Mention.DefinedAlias", "Mention.Antecedent", "Mentions"];

    public void Process(AnalyzedDocument doc)
    {
        var tokens = doc.Tokens;
        var byFirst = doc.Mentions.ToDictionary(m => m.FirstToken);
        foreach (var m in doc.Mentions.ToList())
        {
            var open = m.EndToken;
            if (open + 2 >= tokens.Count || tokens[open].Text != "(" || tokens[open + 2].Text != ")") continue;
            var acr = tokens[open + 1];
            if (!IsShortForm(acr.Text) || acr.Sentence != m.Sentence || m.Type == Mentions.ChunkTyper.Unresolved) continue;
            m.DefinedAlias = acr.Text;
            if (byFirst.TryGetValue(acr.Index, out var existing))
            {
                existing.Antecedent = m;
                existing.Type = m.Type;
                continue;
            }
            var added = new Mention
            {
                FirstToken = acr.Index, EndToken = acr.Index + 1, Start = acr.Start, End = acr.End, Sentence = m.Sentence,
                Type = m.Type, Kind = m.Kind, Method = Method, Confidence = m.Confidence, Surface = acr.Text, Antecedent = m,
            };
            doc.Mentions.Add(added);
            byFirst[acr.Index] = added;
        }
        doc.Mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>Mostly capitals, short, one token: CVG, MBR-200, PdVSA.</summary>
    internal static bool IsShortForm(string text)
    {
        if (text.Length is < 2 or > 12) return false;
        var letters = text.Count(char.IsLetter);
        var upper = text.Count(char.IsUpper);
        return letters >= 2 && upper * 2 > letters && char.IsUpper(text[0]);
    }
}
