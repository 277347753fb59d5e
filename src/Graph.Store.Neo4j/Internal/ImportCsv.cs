using System.Globalization;
using System.Text;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// One CSV file for neo4j-admin database import: the header line first, comma-separated, UTF-8 without BOM (a BOM
/// would become part of the first header name), a field quoted when it holds a comma, quote, CR or LF, quotes
/// doubled. Null and an empty list are an empty unquoted field (no property); an empty string is "" (an empty property). Text is
/// never altered: no spreadsheet guard, this file is for the importer only. Arrays are their elements joined
/// by the array delimiter, which neo4j-admin cannot escape, so an element holding it is refused.
/// </summary>
internal sealed class ImportCsv : IDisposable
{
    private readonly StreamWriter _writer;
    private readonly char _arrayDelimiter;

    public ImportCsv(string path, char arrayDelimiter, IEnumerable<string> header)
    {
        Path = path;
        _arrayDelimiter = arrayDelimiter;
        _writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16) { NewLine = "\n" };
        Header = header.ToList();
        WriteLine(Header.Select(h => Quote(h)));
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public int Rows { get; private set; }

    public void Row(params object?[] values)
    {
        if (values.Length != Header.Count)
            throw new InvalidOperationException($"{System.IO.Path.GetFileName(Path)}: a row of {values.Length} values under a header of {Header.Count} columns.");
        WriteLine(values.Select(Field));
        Rows++;
    }

    private string Field(object? value) => value switch
    {
        null => "",
        string s => Quote(s),
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        // An empty list is no property: the adapter reads a missing list as empty.
        IEnumerable<string> list => list.Any() ? Quote(Array(list)) : "",
        _ => throw new InvalidOperationException($"No CSV form for a {value.GetType().Name}."),
    };

    private string Array(IEnumerable<string> elements)
    {
        var list = elements.ToList();
        foreach (var e in list)
            if (e.Contains(_arrayDelimiter))
                throw new Neo4jExportException(
                    $"'{e}' (in {System.IO.Path.GetFileName(Path)}) contains the array delimiter '{_arrayDelimiter}', which neo4j-admin cannot escape; export again with another --array-delimiter (a character no name or alias holds).");
        return string.Join(_arrayDelimiter, list);
    }

    /// <summary>RFC 4180 quoting, and "" for an empty string so that the importer keeps it apart from null.</summary>
    public static string Quote(string value) =>
        value.Length == 0 ? "\"\""
            : value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value
            : "\"" + value.Replace("\"", "\"\"") + "\"";

    private void WriteLine(IEnumerable<string> fields)
    {
        _writer.Write(string.Join(',', fields));
        _writer.WriteLine();
    }

    public void Dispose() => _writer.Dispose();
}
