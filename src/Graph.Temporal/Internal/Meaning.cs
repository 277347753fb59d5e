using Graph.Core.Dates;

namespace Graph.Extraction.Temporal.Internal;

/// <summary>
/// What a matched expression means before it is resolved against the document date and the narrative:
/// the grammar produces these, <see cref="Resolution"/> turns them into EDTF in text order.
/// </summary>
internal abstract record Meaning
{
    /// <summary>True when the value depends on the document date or an earlier date in the text.</summary>
    public virtual bool Relative => false;
}

internal sealed record Fixed(EdtfDate Value) : Meaning;

/// <summary>A decade: StartYear null means a two-digit form ("'90s", "the sixties") whose century comes from context.</summary>
internal sealed record DecadeRef(int? StartYear, int DecadeDigits, Qualifier? Qualifier) : Meaning;

internal sealed record CenturyRef(int StartYear, Qualifier? Qualifier) : Meaning;

/// <summary>"on June 28", "in May": the year comes from the narrative's latest date, else the document date.</summary>
/// Toward is +1 for "next April" and -1 for "last April": the first such month after (or before) the document date.
internal sealed record PartialDate(int Month, int? Day, int Toward = 0) : Meaning
{
    public override bool Relative => true;
}

/// <summary>"December of that year": a month or month-day in the year a relative expression names.</summary>
internal sealed record MonthOfYear(PartialDate Date, Shift Year) : Meaning
{
    public override bool Relative => true;
}

/// <summary>
/// Amount units from an origin: the document date ("twenty years ago", "next year") or the narrative anchor
/// ("two years later", "the following day", "that year" with Amount 0). Exact shifts ("last month", "this month")
/// need an origin at least as precise as their unit; the others fall back to the origin's own precision.
/// Deictic shifts ("last century", "the following decade") name a whole unit; counted ones ("two decades ago") a year.
/// </summary>
internal sealed record Shift(bool FromDocument, int Amount, TimeUnit Unit, bool Vague, bool Exact = false, bool Deictic = false) : Meaning
{
    public override bool Relative => true;
}

/// <summary>"the past sixteen years": from Amount units before the document date up to it.</summary>
internal sealed record SpanBack(int Amount, TimeUnit Unit, bool Vague) : Meaning
{
    public override bool Relative => true;
}

/// <summary>"within two weeks": the anchor's month, or its year when it has no month.</summary>
internal sealed record Within : Meaning
{
    public override bool Relative => true;
}

internal sealed record RangeOf(Meaning From, Meaning To) : Meaning
{
    public override bool Relative => From.Relative || To.Relative;
}

internal sealed record OpenFrom(Meaning From) : Meaning
{
    public override bool Relative => From.Relative;
}

internal sealed record OpenUntil(Meaning Until) : Meaning
{
    public override bool Relative => Until.Relative;
}

/// <summary>"around 1995", "probably in 1989".</summary>
internal sealed record Hedged(Meaning Inner, bool Approximate, bool Uncertain) : Meaning
{
    public override bool Relative => Inner.Relative;
}
