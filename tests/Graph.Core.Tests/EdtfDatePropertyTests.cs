using CsCheck;
using Graph.Core.Dates;

namespace Graph.Core.Tests;

public class EdtfDatePropertyTests
{
    private static readonly Gen<(bool Approximate, bool Uncertain)> Qualifiers =
        Gen.Frequency((6, Gen.Const((false, false))), (1, Gen.Const((true, false))), (1, Gen.Const((false, true))), (1, Gen.Const((true, true))));

    internal static readonly Gen<EdtfPoint> Point =
        Gen.Select(Gen.Int[0, 4], Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 31], Qualifiers, (kind, year, month, day, q) => kind switch
        {
            0 => EdtfPoint.Create(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)), approximate: q.Approximate, uncertain: q.Uncertain),
            1 => EdtfPoint.Create(year, month, approximate: q.Approximate, uncertain: q.Uncertain),
            2 => EdtfPoint.Create(year, approximate: q.Approximate, uncertain: q.Uncertain),
            3 => EdtfPoint.Create(Math.Max(10, year / 10 * 10), unspecifiedDigits: 1, approximate: q.Approximate, uncertain: q.Uncertain),
            _ => EdtfPoint.Create(Math.Max(100, year / 100 * 100), unspecifiedDigits: 2, approximate: q.Approximate, uncertain: q.Uncertain),
        });

    private static readonly Gen<EdtfDate> Interval =
        Gen.Select(Point, Point, Gen.Int[0, 3], Gen.Bool, (a, b, shape, open) =>
        {
            var (start, end) = a.Earliest <= b.Latest ? (a, b) : (b, a);
            if (start.Earliest > end.Latest) start = end; // a wide point may contain the other: keep it valid
            return shape switch
            {
                0 => EdtfDate.Between(null, end, openStart: open),
                1 => EdtfDate.Between(start, null, openEnd: open),
                _ => EdtfDate.Between(start, end),
            };
        });

    internal static readonly Gen<EdtfDate> Date = Gen.Frequency((3, Point.Select(EdtfDate.Of)), (1, Interval));

    [Fact]
    public void Printing_a_parsed_date_gives_the_text_back() =>
        Date.Select(d => d.ToString()).Sample(text => EdtfDate.Parse(text).ToString() == text);

    [Fact]
    public void Parsing_a_printed_date_gives_an_equal_date() =>
        Date.Sample(d =>
        {
            var again = EdtfDate.Parse(d.ToString());
            return again == d && again.Earliest == d.Earliest && again.Latest == d.Latest
                && again.Precision == d.Precision && again.Approximate == d.Approximate && again.Uncertain == d.Uncertain
                && again.GetHashCode() == d.GetHashCode();
        });

    [Fact]
    public void Earliest_is_never_after_latest() => Date.Sample(d => d.Earliest <= d.Latest);

    [Fact]
    public void A_date_overlaps_itself_and_overlap_is_symmetric() =>
        Gen.Select(Date, Date).Sample((a, b) => a.Overlaps(a) && a.Overlaps(b) == b.Overlaps(a));

    [Fact]
    public void Overlap_means_a_common_day() =>
        Gen.Select(Date, Date).Sample((a, b) =>
            a.Overlaps(b) == ((a.Earliest > b.Earliest ? a.Earliest : b.Earliest) <= (a.Latest < b.Latest ? a.Latest : b.Latest)));

    [Fact]
    public void Ordering_is_antisymmetric_and_agrees_with_equality() =>
        Gen.Select(Date, Date).Sample((a, b) =>
            Math.Sign(a.CompareTo(b)) == -Math.Sign(b.CompareTo(a)) && (a.CompareTo(b) == 0) == (a == b));

    [Fact]
    public void Ordering_is_transitive() =>
        Gen.Select(Date, Date, Date).Sample((a, b, c) =>
        {
            var sorted = new[] { a, b, c }.Order().ToArray();
            return sorted[0].CompareTo(sorted[2]) <= 0 && sorted[0].CompareTo(sorted[1]) <= 0 && sorted[1].CompareTo(sorted[2]) <= 0
                && (a.CompareTo(b) > 0 && b.CompareTo(c) > 0 ? a.CompareTo(c) > 0 : true);
        });

    [Fact]
    public void Ordering_follows_the_earliest_day() =>
        Gen.Select(Date, Date).Sample((a, b) => a.Earliest >= b.Earliest || a.CompareTo(b) < 0);

    [Fact]
    public void Decade_holds_every_year_of_it() =>
        Gen.Int[10, 9999].Sample(year =>
        {
            var decade = EdtfDate.Decade(year);
            return decade.Precision == EdtfPrecision.Decade && decade.Earliest.Year == year / 10 * 10 && decade.Latest.Year == year / 10 * 10 + 9
                && decade.Overlaps(EdtfDate.Year(year)) && decade.ToString() == $"{year / 10:D3}X";
        });

    [Fact]
    public void Century_holds_every_year_of_it() =>
        Gen.Int[100, 9999].Sample(year =>
        {
            var century = EdtfDate.Century(year);
            return century.Precision == EdtfPrecision.Century && century.Earliest.Year == year / 100 * 100
                && century.Latest == new DateOnly(year / 100 * 100 + 99, 12, 31) && century.ToString() == $"{year / 100:D2}XX";
        });

    [Fact]
    public void Between_spans_from_the_start_to_the_end() =>
        Gen.Select(Point, Point).Where((a, b) => a.Earliest <= b.Latest).Sample((a, b) =>
        {
            var interval = EdtfDate.Between(a, b);
            return interval.IsInterval && interval.Precision == EdtfPrecision.Interval
                && interval.Earliest == a.Earliest && interval.Latest == b.Latest
                && interval.Overlaps(EdtfDate.Of(a)) && interval.Overlaps(EdtfDate.Of(b))
                && interval.ToString() == $"{a}/{b}";
        });

    [Fact]
    public void Open_ends_reach_the_calendar_limits() =>
        Point.Sample(p =>
            EdtfDate.Between(p, null).Latest == DateOnly.MaxValue && EdtfDate.Between(null, p).Earliest == DateOnly.MinValue
            && EdtfDate.Between(p, null).ToString() == $"{p}/.." && EdtfDate.Between(null, p, openStart: false).ToString() == $"/{p}");
}
