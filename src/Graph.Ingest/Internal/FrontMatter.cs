using System.Text.RegularExpressions;
using Graph.Core.Dates;

namespace Graph.Ingest.Internal;

/// <summary>The contract's front matter: '---' lines around 'key: value' lines (id, title, date as EDTF, source).</summary>
internal sealed record FrontMatter(string? Id, string? Title, EdtfDate? Date, string? Source)
{
    public static readonly FrontMatter None = new(null, null, null, null);

    private static readonly Regex KeyValue = new(@"^(?<key>[A-Za-z][A-Za-z0-9_-]*)\s*:\s?(?<value>.*)$", RegexOptions.CultureInvariant);

    /// <summary>Splits <paramref name="text"/> into its front matter and its body; a text without front matter is all body.</summary>
    public static (FrontMatter Meta, string Body) Split(string text, string name)
    {
        var lines = text.Split('\n');
        if (lines[0].TrimEnd() != "---") return (None, text);

        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
            throw new DocumentReadException(name, "front matter opened by '---' on line 1 is never closed; add a '---' line after the last 'key: value' line.");

        var values = new Dictionary<string, (string Value, int Line)>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < close; i++)
        {
            var line = lines[i];
            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var m = KeyValue.Match(line);
            if (!m.Success)
                throw new DocumentReadException(name, $"front matter line {i + 1} ('{Shorten(line)}') is not 'key: value'.");
            var key = m.Groups["key"].Value;
            if (values.ContainsKey(key))
                throw new DocumentReadException(name, $"front matter line {i + 1} sets '{key}' a second time (first on line {values[key].Line}).");
            values[key] = (Unquote(m.Groups["value"].Value.Trim()), i + 1);
        }

        string? Text(string key)
        {
            if (!values.TryGetValue(key, out var v)) return null;
            if (v.Value.Length == 0) throw new DocumentReadException(name, $"front matter line {v.Line}: '{key}' is empty; give a value or remove the line.");
            return v.Value;
        }

        EdtfDate? date = null;
        if (Text("date") is { } dateText && !EdtfDate.TryParse(dateText, out date, out var error))
            throw new DocumentReadException(name,
                $"front matter line {values["date"].Line}: date '{dateText}' is not EDTF ({error}); examples: {EdtfDate.Examples}.");

        var body = string.Join('\n', lines[(close + 1)..]);
        return (new FrontMatter(Text("id"), Text("title"), date, Text("source")), body);
    }

    private static string Unquote(string v) =>
        v.Length >= 2 && (v[0], v[^1]) is ('"', '"') or ('\'', '\'') ? v[1..^1] : v;

    private static string Shorten(string line) => line.Length <= 60 ? line : line[..57] + "...";
}
