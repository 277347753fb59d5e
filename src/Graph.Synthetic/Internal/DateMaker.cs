using Graph.Core.Dates;

namespace Graph.Synthetic.Internal;

/// <summary>EDTF dates of the mix texts give: mostly days, months and years, some decades, qualifiers and intervals.</summary>
internal sealed class DateMaker(Random random)
{
    public EdtfDate Next()
    {
        var year = Year();
        var roll = random.Next(100);
        return roll switch
        {
            < 30 => Day(year),
            < 50 => EdtfDate.Month(year, random.Next(1, 13)),
            < 72 => EdtfDate.Year(year),
            < 78 => EdtfDate.Decade(year),
            < 79 => EdtfDate.Century(year),
            < 84 => EdtfDate.Of(EdtfPoint.Create(year, approximate: true)),
            < 87 => EdtfDate.Of(EdtfPoint.Create(year, random.Next(1, 13), uncertain: true)),
            < 89 => EdtfDate.Of(EdtfPoint.Create(year, approximate: true, uncertain: true)),
            < 94 => EdtfDate.Between(EdtfPoint.Create(year), EdtfPoint.Create(Math.Min(9999, year + random.Next(1, 8)))),
            < 97 => EdtfDate.Between(EdtfPoint.Create(year / 10 * 10, unspecifiedDigits: 1),
                                     EdtfPoint.Create(Math.Min(9990, year / 10 * 10 + 10), unspecifiedDigits: 1)),
            < 99 => EdtfDate.Between(EdtfPoint.Create(year, random.Next(1, 13)), null),
            _ => EdtfDate.Between(null, EdtfPoint.Create(year)),
        };
    }

    /// <summary>A year or a short span of years, for relations that hold over a time.</summary>
    public EdtfDate NextForRelation()
    {
        var year = Year();
        return random.Next(3) == 0
            ? EdtfDate.Between(EdtfPoint.Create(year), EdtfPoint.Create(year + random.Next(1, 15)))
            : EdtfDate.Year(year);
    }

    // Most of what the corpus talks about happened after 1950; a tail reaches back to 1900.
    private int Year() => random.Next(4) == 0 ? random.Next(1900, 1950) : random.Next(1950, 2026);

    private EdtfDate Day(int year)
    {
        var month = random.Next(1, 13);
        return EdtfDate.Day(year, month, random.Next(1, DateTime.DaysInMonth(year, month) + 1));
    }
}
