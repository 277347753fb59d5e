using System.Globalization;
using Graph.Core.Schema;

namespace Graph.Core.Dates;

public enum EdtfPrecision { Day, Month, Year, Decade, Century, Interval }

/// <summary>
/// A date in the subset of EDTF (ISO 8601-2) that the knowledge model uses: 2002-04-11, 1990-02, 1997,
/// 199X, 19XX, 1995~ (approximate), 1989? (uncertain), 1989%, intervals a/b with open (..) or unknown
/// (empty) ends. Every date knows the earliest and latest day it can mean, so sorting and period
/// filters work on uncertain dates. Instances print back to their canonical text.
/// </summary>
public sealed class EdtfDate : IEquatable<EdtfDate>, IComparable<EdtfDate>
{
    public const string Examples = "2002-04-11, 2002-04, 2002, 199X, 19XX, 1995~, 1989?, 198X/199X, 2002/.., ../1990";

    /// <summary>Set for a single date; null for an interval.</summary>
    public EdtfPoint? Point { get; }
    /// <summary>Interval ends; null means the end is open ("..") or unknown (""), see the flags.</summary>
    public EdtfPoint? Start { get; }
    public EdtfPoint? End { get; }
    public bool IsInterval => Point is null;
    public bool StartOpen { get; }
    public bool EndOpen { get; }

    public DateOnly Earliest { get; }
    public DateOnly Latest { get; }

    private readonly string _text;

    private EdtfDate(EdtfPoint point)
    {
        Point = point;
        Earliest = point.Earliest;
        Latest = point.Latest;
        _text = point.ToString();
    }

    private EdtfDate(EdtfPoint? start, bool startOpen, EdtfPoint? end, bool endOpen)
    {
        Start = start;
        End = end;
        StartOpen = startOpen;
        EndOpen = endOpen;
        Earliest = start?.Earliest ?? DateOnly.MinValue;
        Latest = end?.Latest ?? DateOnly.MaxValue;
        _text = $"{Side(start, startOpen)}/{Side(end, endOpen)}";
        static string Side(EdtfPoint? p, bool open) => p?.ToString() ?? (open ? ".." : "");
    }

    public EdtfPrecision Precision => Point?.Precision ?? EdtfPrecision.Interval;
    public bool Approximate => Point?.Approximate ?? (Start?.Approximate == true || End?.Approximate == true);
    public bool Uncertain => Point?.Uncertain ?? (Start?.Uncertain == true || End?.Uncertain == true);

    public static EdtfDate Of(EdtfPoint point) => new(point);

    public static EdtfDate Between(EdtfPoint? start, EdtfPoint? end, bool openStart = true, bool openEnd = true)
    {
        if (start is null && end is null)
            throw new EdtfFormatException("", "an interval needs at least one known end");
        if (start is not null && end is not null && start.Earliest > end.Latest)
            throw new EdtfFormatException($"{start}/{end}", $"the interval starts ({start}) after it ends ({end})");
        return new EdtfDate(start, start is null && openStart, end, end is null && openEnd);
    }

    public static EdtfDate Year(int year) => Of(EdtfPoint.Create(year));
    public static EdtfDate Month(int year, int month) => Of(EdtfPoint.Create(year, month));
    public static EdtfDate Day(int year, int month, int day) => Of(EdtfPoint.Create(year, month, day));
    public static EdtfDate Decade(int anyYearInDecade) => Of(EdtfPoint.Create(anyYearInDecade / 10 * 10, unspecifiedDigits: 1));
    public static EdtfDate Century(int anyYearInCentury) => Of(EdtfPoint.Create(anyYearInCentury / 100 * 100, unspecifiedDigits: 2));

    public static EdtfDate Parse(string text) =>
        TryParse(text, out var date, out var error) ? date : throw new EdtfFormatException(text, error);

    public static bool TryParse(string? text, out EdtfDate date) => TryParse(text, out date, out _);

    public static bool TryParse(string? text, out EdtfDate date, out string error)
    {
        date = null!;
        if (string.IsNullOrWhiteSpace(text)) { error = "it is empty"; return false; }
        text = text.Trim();
        var slash = text.IndexOf('/');
        if (slash < 0)
        {
            if (!EdtfPoint.TryParse(text, out var point, out error)) return false;
            date = new EdtfDate(point);
            return true;
        }
        if (text.IndexOf('/', slash + 1) >= 0) { error = "an interval has exactly one '/'"; return false; }
        var (left, right) = (text[..slash], text[(slash + 1)..]);
        EdtfPoint? start = null, end = null;
        if (left is not ("" or "..") && !EdtfPoint.TryParse(left, out start, out error)) { error = $"its start: {error}"; return false; }
        if (right is not ("" or "..") && !EdtfPoint.TryParse(right, out end, out error)) { error = $"its end: {error}"; return false; }
        if (start is null && end is null) { error = "an interval needs at least one known end"; return false; }
        if (start is not null && end is not null && start.Earliest > end.Latest)
        {
            error = $"the interval starts ({start}) after it ends ({end})";
            return false;
        }
        date = new EdtfDate(start, left == "..", end, right == "..");
        error = "";
        return true;
    }

    /// <summary>True when the two dates can mean a common day (symmetric).</summary>
    public bool Overlaps(EdtfDate other) => Earliest <= other.Latest && other.Earliest <= Latest;

    /// <summary>Orders by earliest day, then latest day, then text, so that sorting is total and stable.</summary>
    public int CompareTo(EdtfDate? other)
    {
        if (other is null) return 1;
        var c = Earliest.CompareTo(other.Earliest);
        if (c != 0) return c;
        c = Latest.CompareTo(other.Latest);
        return c != 0 ? c : string.CompareOrdinal(_text, other._text);
    }

    /// <summary>A short human form for timelines: "11 April 2002", "c. 1995", "1980s", "1980s–1990s".</summary>
    public string ToDisplayString()
    {
        if (Point is not null) return Point.ToDisplayString();
        var from = Start?.ToDisplayString() ?? (StartOpen ? "…" : "?");
        var to = End?.ToDisplayString() ?? (EndOpen ? "…" : "?");
        return $"{from}–{to}";
    }

    public override string ToString() => _text;
    public bool Equals(EdtfDate? other) => other is not null && other._text == _text;
    public override bool Equals(object? obj) => Equals(obj as EdtfDate);
    public override int GetHashCode() => _text.GetHashCode(StringComparison.Ordinal);
    public static bool operator ==(EdtfDate? a, EdtfDate? b) => a is null ? b is null : a.Equals(b);
    public static bool operator !=(EdtfDate? a, EdtfDate? b) => !(a == b);
}

/// <summary>One EDTF date (not an interval): a day, month, year, decade (199X) or century (19XX), with qualifiers.</summary>
public sealed record EdtfPoint
{
    public int Year { get; }
    public int? Month { get; }
    public int? Day { get; }
    /// <summary>How many trailing year digits are X: 1 for a decade, 2 for a century.</summary>
    public int UnspecifiedDigits { get; }
    public bool Approximate { get; }
    public bool Uncertain { get; }

    private EdtfPoint(int year, int? month, int? day, int unspecifiedDigits, bool approximate, bool uncertain)
    {
        (Year, Month, Day, UnspecifiedDigits, Approximate, Uncertain) = (year, month, day, unspecifiedDigits, approximate, uncertain);
    }

    public static EdtfPoint Create(int year, int? month = null, int? day = null, int unspecifiedDigits = 0,
        bool approximate = false, bool uncertain = false)
    {
        var text = $"{year:D4}";
        if (!TryValidate(year, month, day, unspecifiedDigits, out var error)) throw new EdtfFormatException(text, error);
        return new EdtfPoint(year, month, day, unspecifiedDigits, approximate, uncertain);
    }

    public EdtfPoint WithQualifiers(bool approximate, bool uncertain) =>
        new(Year, Month, Day, UnspecifiedDigits, approximate, uncertain);

    public EdtfPrecision Precision => UnspecifiedDigits switch
    {
        2 => EdtfPrecision.Century,
        1 => EdtfPrecision.Decade,
        _ => Day is not null ? EdtfPrecision.Day : Month is not null ? EdtfPrecision.Month : EdtfPrecision.Year,
    };

    public DateOnly Earliest => new(Year, Month ?? 1, Day ?? 1);

    public DateOnly Latest
    {
        get
        {
            if (Day is int d) return new DateOnly(Year, Month!.Value, d);
            if (Month is int m) return new DateOnly(Year, m, DateTime.DaysInMonth(Year, m));
            var span = UnspecifiedDigits switch { 2 => 100, 1 => 10, _ => 1 };
            return new DateOnly(Year + span - 1, 12, 31);
        }
    }

    public override string ToString()
    {
        var year = $"{Year:D4}";
        if (UnspecifiedDigits > 0) year = year[..(4 - UnspecifiedDigits)] + new string('X', UnspecifiedDigits);
        var body = Day is not null ? $"{year}-{Month:D2}-{Day:D2}" : Month is not null ? $"{year}-{Month:D2}" : year;
        return body + (Approximate && Uncertain ? "%" : Approximate ? "~" : Uncertain ? "?" : "");
    }

    public string ToDisplayString()
    {
        var body = Precision switch
        {
            EdtfPrecision.Day => new DateOnly(Year, Month!.Value, Day!.Value).ToString("d MMMM yyyy", CultureInfo.InvariantCulture),
            EdtfPrecision.Month => new DateOnly(Year, Month!.Value, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture),
            EdtfPrecision.Decade => $"{Year}s",
            EdtfPrecision.Century => $"{Ordinal(Year / 100 + 1)} century",
            _ => $"{Year}",
        };
        return (Approximate ? "c. " : "") + body + (Uncertain ? "?" : "");
    }

    // "21st", "22nd", "23rd", but "11th"–"13th".
    private static string Ordinal(int n) =>
        n + (n % 100 is 11 or 12 or 13 ? "th" : (n % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" });

    internal static bool TryParse(string text, out EdtfPoint point, out string error)
    {
        point = null!;
        var body = text;
        bool approximate = false, uncertain = false;
        if (body.Length > 0 && body[^1] is '~' or '?' or '%')
        {
            approximate = body[^1] is '~' or '%';
            uncertain = body[^1] is '?' or '%';
            body = body[..^1];
        }
        var parts = body.Split('-');
        if (parts.Length > 3 || parts[0].Length != 4)
        {
            error = "expected YYYY, YYYY-MM or YYYY-MM-DD (four-digit year), optionally ending in ~, ? or %";
            return false;
        }
        var yearText = parts[0];
        var unspecified = yearText.Length - yearText.TrimEnd('X').Length;
        var digits = yearText[..(4 - unspecified)];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit) || unspecified > 2)
        {
            error = $"'{yearText}' is not a year: use four digits, or X for the last one or two (199X, 19XX)";
            return false;
        }
        if (unspecified > 0 && parts.Length > 1)
        {
            error = "a decade or century (199X, 19XX) cannot have a month or day";
            return false;
        }
        var year = int.Parse(digits.PadRight(4, '0'), CultureInfo.InvariantCulture);
        int? month = null, day = null;
        if (parts.Length > 1)
        {
            if (parts[1].Length != 2 || !parts[1].All(char.IsAsciiDigit)) { error = $"month '{parts[1]}' must be two digits"; return false; }
            month = int.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        if (parts.Length > 2)
        {
            if (parts[2].Length != 2 || !parts[2].All(char.IsAsciiDigit)) { error = $"day '{parts[2]}' must be two digits"; return false; }
            day = int.Parse(parts[2], CultureInfo.InvariantCulture);
        }
        if (!TryValidate(year, month, day, unspecified, out error)) return false;
        point = new EdtfPoint(year, month, day, unspecified, approximate, uncertain);
        return true;
    }

    private static bool TryValidate(int year, int? month, int? day, int unspecified, out string error)
    {
        error = "";
        if (year is < 1 or > 9999) error = $"year {year} is outside 0001–9999";
        else if (unspecified is < 0 or > 2) error = "only the last one or two year digits may be unspecified";
        else if (unspecified > 0 && year % (unspecified == 1 ? 10 : 100) != 0) error = $"a decade or century starts at a round year, not {year}";
        else if (unspecified > 0 && (month is not null || day is not null)) error = "a decade or century cannot have a month or day";
        else if (day is not null && month is null) error = "a day needs a month";
        else if (month is < 1 or > 12) error = $"month {month:D2} is out of range 01–12";
        else if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year, month!.Value)))
            error = $"day {day:D2} does not exist in {year:D4}-{month:D2}";
        return error.Length == 0;
    }
}

public sealed class EdtfFormatException(string text, string reason)
    : GraphValidationException($"'{text}' is not an EDTF date of the supported subset: {reason}. Examples: {EdtfDate.Examples}.")
{
    public string Text { get; } = text;
}
