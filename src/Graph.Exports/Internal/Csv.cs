using System.Globalization;
using System.Text;

namespace Graph.Exports.Internal;

/// <summary>
/// RFC 4180 tables: CRLF line ends, a field quoted when it holds a comma, quote, CR or LF, quotes doubled.
/// Text cells that a spreadsheet would run as a formula (starting with = + - @, or tab or CR, which some
/// spreadsheets strip before looking) get a leading apostrophe (the OWASP CSV-injection guard); numbers
/// the writer produces itself are never prefixed.
/// </summary>
internal sealed class CsvTable(Stream destination)
{
    // A BOM, because Excel reads BOM-less CSV as the local code page and would garble "Chávez";
    // Python users read it with encoding="utf-8-sig".
    private readonly StreamWriter _writer = new(destination, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), 1 << 14, leaveOpen: true)
    {
        NewLine = "\r\n",
    };

    public void Row(params Cell[] cells)
    {
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) _writer.Write(',');
            _writer.Write(cells[i].Encoded);
        }
        _writer.WriteLine();
    }

    public void Header(params string[] names) => Row(names.Select(Cell.Text).ToArray());

    public void Flush() => _writer.Flush();

    internal readonly record struct Cell(string Encoded)
    {
        public static Cell Text(string? value) => new(Quote(Guard(value ?? "")));
        public static Cell Number(int? value) => new(value?.ToString(CultureInfo.InvariantCulture) ?? "");
        public static Cell Number(double? value) => new(value?.ToString("R", CultureInfo.InvariantCulture) ?? "");
        public static Cell Bool(bool value) => new(value ? "true" : "false");
    }

    internal static string Guard(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    internal static string Quote(string value) =>
        value.AsSpan().IndexOfAny(",\"\r\n") < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
