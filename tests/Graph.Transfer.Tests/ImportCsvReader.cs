using System.Text;

namespace Graph.Transfer.Tests;

/// <summary>
/// Reads neo4j-admin import CSV back as neo4j-admin does with --multiline-fields=true: RFC 4180 quoting, "" inside
/// quotes for a quote, an unquoted empty field is null (no property), a quoted empty field is an empty string.
/// </summary>
internal static class ImportCsvReader
{
    public sealed record Table(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string?>> Rows)
    {
        public int Column(string header) => Header.ToList().IndexOf(header) is var i and >= 0 ? i
            : throw new InvalidOperationException($"No column '{header}' in {string.Join(",", Header)}.");

        public IEnumerable<Dictionary<string, string?>> Records() =>
            Rows.Select(r => Header.Select((h, i) => (h, r[i])).ToDictionary(p => p.h, p => p.Item2));
    }

    public static Table Read(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF)
            throw new InvalidOperationException($"{path} starts with a BOM, which neo4j-admin would read into the first header.");
        var rows = Parse(Encoding.UTF8.GetString(bytes));
        var header = rows[0].Select(h => h ?? throw new InvalidOperationException("An empty header field.")).ToList();
        foreach (var row in rows.Skip(1))
            if (row.Count != header.Count) throw new InvalidOperationException($"{path}: a row of {row.Count} fields under {header.Count} headers.");
        return new Table(header, rows.Skip(1).ToList());
    }

    public static List<IReadOnlyList<string?>> Parse(string text)
    {
        var rows = new List<IReadOnlyList<string?>>();
        var row = new List<string?>();
        var field = new StringBuilder();
        bool quoted = false, wasQuoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
                continue;
            }
            switch (c)
            {
                case '"' when field.Length == 0:
                    quoted = wasQuoted = true;
                    break;
                case '"':
                    throw new InvalidOperationException($"A quote inside an unquoted field at character {i}.");
                case ',':
                    row.Add(End());
                    break;
                case '\n':
                    row.Add(End());
                    rows.Add(row);
                    row = [];
                    break;
                case '\r':
                    throw new InvalidOperationException($"A bare CR at character {i}: lines end with LF.");
                default:
                    field.Append(c);
                    break;
            }
        }
        if (quoted) throw new InvalidOperationException("The file ends inside a quoted field.");
        if (field.Length > 0 || row.Count > 0) { row.Add(End()); rows.Add(row); }
        return rows;

        string? End()
        {
            var value = field.Length == 0 && !wasQuoted ? null : field.ToString();
            field.Clear();
            wasQuoted = false;
            return value;
        }
    }
}
