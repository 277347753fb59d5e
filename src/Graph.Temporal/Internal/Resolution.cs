using Graph.Core.Dates;

namespace Graph.Extraction.Temporal.Internal;

/// <summary>
/// Resolves meanings in text order. It remembers the narrative anchor (the latest year-, month- or day-precise date
/// seen so far) and the context year that gives two-digit decades their century. Anything that cannot be resolved
/// (no document date, no anchor, a day that does not exist) yields null and the expression is dropped.
/// It also remembers whether the text has framed itself in the present (see <see cref="PartialYear"/>).
/// </summary>
internal sealed class Resolution(EdtfDate? documentDate)
{
    // Without any date in view, a two-digit decade ("the sixties") is read in the twentieth century.
    private const int DefaultContextYear = 1999;

    private readonly EdtfPoint? _document = documentDate is null ? null : Concrete(documentDate);
    private EdtfPoint? _anchor;
    private int _anchorParagraph;
    private int? _contextYear;
    private bool _presentFrame;
    private int? _headingYear;
    private int _headingParagraph;

    /// <summary>The paragraph (counted by blank lines) of the expression being resolved; set by the caller.</summary>
    public int Paragraph { get; set; }

    public EdtfDate? Resolve(Meaning meaning, bool heading = false)
    {
        var value = Value(meaning);
        if (value is not null)
        {
            // A chronology entry ("2003: ... evicted in April") is told in its heading's year, whatever other dates
            // the entry mentions on the way ("occupied since December 2001"), until the paragraph ends.
            if (heading) (_headingYear, _headingParagraph) = ((value.Point ?? value.Start ?? value.End)!.Earliest.Year, Paragraph);
            if (meaning is Shift { FromDocument: true } or Internal.SpanBack or Hedged { Inner: Shift { FromDocument: true } } or MonthOfYear { Year.FromDocument: true })
                _presentFrame = true;
            Remember(value);
        }
        return value;
    }

    private void Remember(EdtfDate value)
    {
        if (Concrete(value) is { } point) (_anchor, _anchorParagraph) = (point, Paragraph);
        _contextYear = (value.Point ?? value.Start ?? value.End)!.Earliest.Year;
    }

    /// <summary>The year-, month- or day-precise point a date stands for as an anchor: an interval's end, else its start.</summary>
    private static EdtfPoint? Concrete(EdtfDate date)
    {
        var point = date.Point ?? date.End ?? date.Start;
        return point is { UnspecifiedDigits: 0 } ? point.WithQualifiers(false, false) : null;
    }

    private EdtfDate? Value(Meaning meaning) => meaning switch
    {
        Fixed f => f.Value,
        DecadeRef d => Decade(d),
        CenturyRef c => Spread(c.StartYear, 100, c.Qualifier),
        PartialDate p => Partial(p),
        MonthOfYear m => Value(m.Year) is { Point.Year: var y } ? InYear(y, m.Date) : null,
        // "that decade", "the following decade": the decade last spoken of, which (unlike a year) is never the anchor.
        Shift { FromDocument: false, Deictic: true, Unit: TimeUnit.Decade or TimeUnit.Century } s when _contextYear is int context =>
            Of(Move(Points.Year(context)!, s.Amount, s.Unit, true), s.Vague),
        Shift s => (s.FromDocument ? _document : _anchor) is { } origin && (!s.Exact || Supports(origin, s.Unit))
            ? ReachedMonths(origin, s) ?? Of(Move(origin, s.Amount, s.Unit, s.Deictic), s.Vague)
            : null,
        SpanBack s => SpanBack(s),
        Within => _anchor is { } a ? Of(a.Month is int m ? Points.Month(a.Year, m) : Points.Year(a.Year), false) : null,
        RangeOf r => Range(r),
        OpenFrom o => Value(o.From) is { } from ? Interval(Start(from), null) : null,
        OpenUntil u => Value(u.Until) is { } until ? Interval(null, End(until)) : null,
        Hedged h => Value(h.Inner) is { } inner ? Hedge(inner, h.Approximate, h.Uncertain) : null,
        _ => throw new InvalidOperationException($"No resolution for {meaning.GetType().Name}: add a case to Resolution.Value."),
    };

    /// <summary>
    /// Days or weeks counted from a month ("in May 2013. Ten days later"): the day is unknown, so the offset lands on
    /// any of a month's worth of days. While most of them stay in the origin's month (an offset under half the month:
    /// "the next day", "a week later", "ten days later") that month is the likeliest reading and is kept, as writers
    /// and annotators read it. Beyond that no month is likely enough to name alone, so the value is the interval of
    /// months the offset can reach ("three weeks later" after September: "2016-09/2016-10"), true whatever the day
    /// was and carrying the earliest and latest day the contract asks for.
    /// </summary>
    private static EdtfDate? ReachedMonths(EdtfPoint origin, Shift s)
    {
        if (s.Unit is not (TimeUnit.Day or TimeUnit.Week) || origin.Day is not null || origin.Month is not int month) return null;
        var days = (long)s.Amount * (s.Unit == TimeUnit.Week ? 7 : 1);
        if (Math.Abs(days) * 2 < DateTime.DaysInMonth(origin.Year, month)) return null;
        var first = new DateOnly(origin.Year, month, 1).DayNumber;
        var last = first + DateTime.DaysInMonth(origin.Year, month) - 1;
        var (from, to) = (first + days, last + days);
        if (from < DateOnly.MinValue.DayNumber || to > DateOnly.MaxValue.DayNumber) return null;
        var (a, b) = (DateOnly.FromDayNumber((int)from), DateOnly.FromDayNumber((int)to));
        var start = Points.Month(a.Year, a.Month);
        var end = Points.Month(b.Year, b.Month);
        if (start is null || end is null) return null;
        var value = start.Year == end.Year && start.Month == end.Month ? EdtfDate.Of(start) : Interval(start, end);
        return value is not null && s.Vague ? Hedge(value, true, false) : value;
    }

    private static bool Supports(EdtfPoint origin, TimeUnit unit) => unit switch
    {
        TimeUnit.Day or TimeUnit.Week => origin.Day is not null,
        TimeUnit.Month => origin.Month is not null,
        _ => true,
    };

    private EdtfDate? Decade(DecadeRef d)
    {
        if (d.StartYear is int start) return Spread(start, 10, d.Qualifier);
        // A two-digit decade is the one nearest the narrative's latest date ("the 1970s and early ’80s"), never after
        // the document date; with neither in view, the latest one not after the default year.
        var reference = _contextYear ?? _document?.Year ?? DefaultContextYear;
        var bound = _document?.Year ?? (_contextYear is null ? DefaultContextYear : int.MaxValue);
        int? best = null;
        for (var century = reference / 100 - 1; century <= reference / 100 + 1; century++)
        {
            var candidate = century * 100 + d.DecadeDigits;
            if (candidate < 10 || candidate > bound) continue;
            if (best is null || Math.Abs(candidate - reference) < Math.Abs(best.Value - reference)) best = candidate;
        }
        return best is int year ? Spread(year, 10, d.Qualifier) : null;
    }

    /// <summary>A decade or century, or the part of it a qualifier covers, as approximate years.</summary>
    internal static EdtfDate? Spread(int startYear, int span, Qualifier? qualifier)
    {
        if (startYear < span || startYear + span - 1 > 9999) return null;
        if (qualifier is null) return span == 10 ? EdtfDate.Decade(startYear) : EdtfDate.Century(startYear);
        var from = startYear + span * qualifier.FromTenth / 10;
        if (qualifier.FromTenth == qualifier.ToTenth) return EdtfDate.Of(EdtfPoint.Create(from, approximate: true));
        var to = startYear + span * qualifier.ToTenth / 10 + span / 10 - 1;
        return EdtfDate.Between(EdtfPoint.Create(from, approximate: true), EdtfPoint.Create(to, approximate: true));
    }

    private EdtfDate? Partial(PartialDate p)
    {
        if (p.Toward != 0)
        {
            // "next April" in a text of July 2012 is April 2013; "last April" April 2012. Without a month it cannot be placed.
            if (_document is not { Month: int now } doc) return null;
            var year = p.Toward > 0 ? (p.Month > now ? doc.Year : doc.Year + 1) : (p.Month < now ? doc.Year : doc.Year - 1);
            return Of(Points.Month(year, p.Month), false);
        }
        return PartialYear() is int y ? InYear(y, p) : null;
    }

    private static EdtfDate? InYear(int y, PartialDate p)
    {
        if (p.Day is int d && d > DateTime.DaysInMonth(y, p.Month)) return null;
        return Of(p.Day is int day ? Points.Day(y, p.Month, day) : Points.Month(y, p.Month), false);
    }

    /// <summary>
    /// The year of a month or month-day given without one. A narrative means the year it is telling ("In 1995 the
    /// march reached the capital. On June 28 ..."); a report about the present means the year it was written in, as
    /// news writing drops the current year. A text frames itself in the present once it dates something from its own
    /// date ("last month", "four years ago") or reads a bare month-day in the document's year; from then on a bare
    /// month-day takes the document's year, unless the narrative is running month by month in the same paragraph
    /// (a month- or day-precise date earlier in that paragraph), which keeps its own year.
    /// </summary>
    private int? PartialYear()
    {
        if (_headingYear is int heading && _headingParagraph == Paragraph) return heading;
        if (_anchor is { } a)
        {
            var narrativeHolds = !_presentFrame || _document is null || (a.Month is not null && _anchorParagraph == Paragraph);
            if (narrativeHolds) return a.Year;
        }
        if (_document is not { } doc) return null;
        _presentFrame = true;
        return doc.Year;
    }

    /// <summary>
    /// Moves a point by whole units, keeping no finer precision than the point has: days need a day ("the next day"
    /// after 1990-04 stays 1990-04), months need a month (else whole years move), years give a year; decades and
    /// centuries give a year when counted ("two decades ago") and the whole unit when named ("last century").
    /// </summary>
    internal static EdtfPoint? Move(EdtfPoint origin, int amount, TimeUnit unit, bool wholeUnit = false)
    {
        switch (unit)
        {
            case TimeUnit.Day or TimeUnit.Week:
                if (origin.Day is not int day) return origin;
                var days = (long)amount * (unit == TimeUnit.Week ? 7 : 1);
                var date = new DateOnly(origin.Year, origin.Month!.Value, day).DayNumber + days;
                if (date < DateOnly.MinValue.DayNumber || date > DateOnly.MaxValue.DayNumber) return null;
                var moved = DateOnly.FromDayNumber((int)date);
                return Points.Day(moved.Year, moved.Month, moved.Day);
            case TimeUnit.Month:
                if (origin.Month is int month)
                {
                    var index = (long)origin.Year * 12 + (month - 1) + amount;
                    return Points.Month(Math.DivRem(index - (index < 0 ? 11 : 0), 12).Quotient, (int)(((index % 12) + 12) % 12) + 1);
                }
                return Points.Year(origin.Year + (long)Math.Floor(amount / 12.0));
            case TimeUnit.Year:
                return Points.Year((long)origin.Year + amount);
            case TimeUnit.Decade:
                return amount == 0 || wholeUnit ? Points.Decade(origin.Year + 10L * amount) : Points.Year(origin.Year + 10L * amount);
            default:
                return amount == 0 || wholeUnit ? Points.Century(origin.Year + 100L * amount) : Points.Year(origin.Year + 100L * amount);
        }
    }

    private EdtfDate? SpanBack(SpanBack s)
    {
        if (_document is not { } doc || Move(doc, -s.Amount, s.Unit) is not { } start) return null;
        var end = start.Precision switch
        {
            EdtfPrecision.Day => doc,
            EdtfPrecision.Month => Points.Month(doc.Year, doc.Month!.Value),
            _ => Points.Year(doc.Year),
        };
        return Interval(s.Vague ? start.WithQualifiers(true, false) : start, end);
    }

    private EdtfDate? Range(RangeOf r)
    {
        if (Value(r.From) is not { } from) return null;
        var toMeaning = r.To is DecadeRef { StartYear: null } d
            ? d with { StartYear = from.Earliest.Year / 100 * 100 + d.DecadeDigits is var y && y < from.Earliest.Year ? y + 100 : y }
            : r.To;
        return Value(toMeaning) is { } to ? Interval(Start(from), End(to)) : null;
    }

    private static EdtfPoint? Start(EdtfDate d) => d.Point ?? d.Start;
    private static EdtfPoint? End(EdtfDate d) => d.Point ?? d.End;

    private static EdtfDate? Interval(EdtfPoint? start, EdtfPoint? end)
    {
        if (start is null && end is null) return null;
        if (start is not null && end is not null && start.Earliest > end.Latest) return null;
        return EdtfDate.Between(start, end);
    }

    private static EdtfDate? Hedge(EdtfDate date, bool approximate, bool uncertain)
    {
        EdtfPoint? Q(EdtfPoint? p) => p?.WithQualifiers(p.Approximate || approximate, p.Uncertain || uncertain);
        return date.Point is { } point ? EdtfDate.Of(Q(point)!) : Interval(Q(date.Start), Q(date.End));
    }

    private static EdtfDate? Of(EdtfPoint? point, bool vague) =>
        point is null ? null : EdtfDate.Of(vague ? point.WithQualifiers(true, false) : point);
}

/// <summary>EdtfPoint factories that return null instead of throwing for out-of-range values.</summary>
internal static class Points
{
    public static EdtfPoint? Year(long year) => year is >= 1 and <= 9999 ? EdtfPoint.Create((int)year) : null;
    public static EdtfPoint? Month(long year, int month) => year is >= 1 and <= 9999 && month is >= 1 and <= 12 ? EdtfPoint.Create((int)year, month) : null;
    public static EdtfPoint? Decade(long year) => year is >= 10 and <= 9999 ? EdtfPoint.Create((int)year / 10 * 10, unspecifiedDigits: 1) : null;
    public static EdtfPoint? Century(long year) => year is >= 100 and <= 9999 ? EdtfPoint.Create((int)year / 100 * 100, unspecifiedDigits: 2) : null;

    public static EdtfPoint? Day(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? EdtfPoint.Create(year, month, day)
            : null;
}
