using System.Globalization;
using System.Text;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// One CSV file for neo4j-admin database import: the header line first, comma-separated, UTF-8 without BOM (a BOM
/// would become part of the first header name), a field quoted when it holds a comma, quote, CR or LF, quotes
/// doubled. Null and an empty list are an empty unquoted field (no property); an empty string is "" (an empty property). Text is
/// never altered: no spreadsheet guard, this file is for the importer only. Arrays are their elements joined
/// by the array delimiter, which neo4j-admin cannot escape, so an element holding it is refused.
/// Fields are written straight to the file; a row is checked (field count, array elements) before any of it is written.
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
        for (var i = 0; i < Header.Count; i++)
        {
            if (i > 0) _writer.Write(',');
            WriteQuoted(Header[i]);
        }
        _writer.WriteLine();
    }

    public string Path { get; }

    public IReadOnlyList<string> Header { get; }

    public int Rows { get; private set; }

    public void Row(params ReadOnlySpan<CsvField> values)
    {
        if (values.Length != Header.Count)
            throw new InvalidOperationException($"{System.IO.Path.GetFileName(Path)}: a row of {values.Length} values under a header of {Header.Count} columns.");
        foreach (var v in values)
            if (v.List is { } list) CheckArray(list);
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            Write(values[i]);
        }
        _writer.WriteLine();
        Rows++;
    }

    private void Write(in CsvField value)
    {
        switch (value.Kind)
        {
            case CsvField.Type.Null: break;
            case CsvField.Type.Text: WriteQuoted(value.Text!); break;
            case CsvField.Type.Boolean: _writer.Write(value.Number != 0 ? "true" : "false"); break;
            case CsvField.Type.Integer: WriteFormatted(value.Number, default); break;
            case CsvField.Type.Real: WriteFormatted(value.Real, "R"); break;
            case CsvField.Type.Array: WriteArray(value.List!); break;
        }
    }

    private void WriteFormatted<T>(T value, ReadOnlySpan<char> format) where T : ISpanFormattable
    {
        Span<char> buffer = stackalloc char[64];
        if (value.TryFormat(buffer, out var written, format, CultureInfo.InvariantCulture)) _writer.Write(buffer[..written]);
        else _writer.Write(value.ToString(format.IsEmpty ? null : format.ToString(), CultureInfo.InvariantCulture));
    }

    private void CheckArray(IReadOnlyList<string> elements)
    {
        foreach (var e in elements)
            if (e.Contains(_arrayDelimiter))
                throw new Neo4jExportException(
                    $"'{e}' (in {System.IO.Path.GetFileName(Path)}) contains the array delimiter '{_arrayDelimiter}', which neo4j-admin cannot escape; export again with another --array-delimiter (a character no name or alias holds).");
    }

    /// <summary>The elements joined by the array delimiter, quoted as one field; an empty list is no property: the adapter reads a missing list as empty.</summary>
    private void WriteArray(IReadOnlyList<string> elements)
    {
        if (elements.Count > 0) WriteQuoted(elements.Count == 1 ? elements[0] : string.Join(_arrayDelimiter, elements));
    }

    private static bool NeedsQuotes(string value) => value.AsSpan().IndexOfAny(",\"\r\n") >= 0;

    /// <summary>RFC 4180 quoting, and "" for an empty string so that the importer keeps it apart from null.</summary>
    public static string Quote(string value) =>
        value.Length == 0 ? "\"\""
            : !NeedsQuotes(value) ? value
            : "\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary><see cref="Quote"/>, written without building the quoted copy.</summary>
    private void WriteQuoted(string value)
    {
        if (value.Length == 0) _writer.Write("\"\"");
        else if (!NeedsQuotes(value)) _writer.Write(value);
        else
        {
            _writer.Write('"');
            WriteEscaped(value);
            _writer.Write('"');
        }
    }

    /// <summary>The text inside quotes: each quote doubled.</summary>
    private void WriteEscaped(ReadOnlySpan<char> text)
    {
        int q;
        while ((q = text.IndexOf('"')) >= 0)
        {
            _writer.Write(text[..(q + 1)]);
            _writer.Write('"');
            text = text[(q + 1)..];
        }
        _writer.Write(text);
    }

    public void Dispose() => _writer.Dispose();
}

/// <summary>One value of an <see cref="ImportCsv"/> row, unboxed: null, text, a boolean, an integer, a real or a list of strings.</summary>
internal readonly struct CsvField
{
    public enum Type : byte { Null, Text, Boolean, Integer, Real, Array }

    public Type Kind { get; }
    public string? Text { get; }
    public long Number { get; }
    public double Real { get; }
    public IReadOnlyList<string>? List { get; }

    private CsvField(Type kind, string? text = null, long number = 0, double real = 0, IReadOnlyList<string>? list = null) =>
        (Kind, Text, Number, Real, List) = (kind, text, number, real, list);

    public static implicit operator CsvField(string? value) => value is null ? default : new(Type.Text, text: value);
    public static implicit operator CsvField(bool value) => new(Type.Boolean, number: value ? 1 : 0);
    public static implicit operator CsvField(int value) => new(Type.Integer, number: value);
    public static implicit operator CsvField(long? value) => value is { } v ? new(Type.Integer, number: v) : default;
    public static implicit operator CsvField(double value) => new(Type.Real, real: value);
    public static implicit operator CsvField(List<string> value) => Strings(value);
    public static implicit operator CsvField(string[] value) => Strings(value);

    /// <summary>A list, as string[] elements joined by the array delimiter (an empty list is no property).</summary>
    public static CsvField Strings(IReadOnlyList<string>? value) => value is null ? default : new(Type.Array, list: value);
}
