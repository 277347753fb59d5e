namespace Graph.Extraction.Knowledge;

/// <summary>One data line of a TSV knowledge file, read by column name.</summary>
internal sealed class TsvRow(string origin, int line, IReadOnlyDictionary<string, int> columns, string[] cells)
{
    public string Origin { get; } = origin;
    public int Line { get; } = line;
    public string Where => $"{Origin}:{Line}";

    public string Get(string column) =>
        columns.TryGetValue(column, out var i)
            ? i < cells.Length ? cells[i].Trim() : ""
            : throw new KnowledgeFormatException($"{Origin} has no column '{column}'; its header must name: {string.Join(", ", columns.Keys)} and {column}.");

    public string Required(string column)
    {
        var value = Get(column);
        return value.Length > 0 ? value : throw new KnowledgeFormatException($"{Where}: column '{column}' is empty; fill it in or delete the line.");
    }

    public double Number(string column, double fallback)
    {
        var value = Get(column);
        if (value.Length == 0) return fallback;
        return double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new KnowledgeFormatException($"{Where}: '{value}' in column '{column}' is not a number.");
    }
}

internal static class Tsv
{
    /// <summary>Rows of a TSV text with a header line; blank lines and lines starting with '#' are skipped.</summary>
    public static IEnumerable<TsvRow> Read(string text, string origin)
    {
        Dictionary<string, int>? columns = null;
        var lineNo = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNo++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
                for (var i = 0; i < cells.Length; i++) columns[cells[i].Trim()] = i;
                continue;
            }
            yield return new TsvRow(origin, lineNo, columns, cells);
        }
    }
}

public sealed class KnowledgeFormatException(string message) : Exception(message);
