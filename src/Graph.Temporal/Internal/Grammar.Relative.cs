namespace Graph.Extraction.Temporal.Internal;

/// <summary>Expressions relative to the document date or to the narrative's latest date (roles in relative.tsv).</summary>
internal sealed partial class Grammar
{
    private Hit? Relative(int i)
    {
        Steps++;
        return Longest(Longest(CountThenCue(i), SpanBack(i)), Longest(Longest(DocumentDeixis(i), Longest(AnchorDeixis(i), UnitThenCue(i))), Within(i)));
    }

    /// <summary>"twenty years ago", "eight months later", "a decade earlier", "two years after that".</summary>
    private Hit? CountThenCue(int i)
    {
        if (CountAt(i) is not { } count || UnitAt(count.End) is not { } unit) return null;
        foreach (var (role, sign, fromDocument) in (ReadOnlySpan<(string, int, bool)>)[("document-back", -1, true), ("anchor-after", 1, false), ("anchor-before", -1, false)])
            if (Cue(unit.End, lexicon.Relative, role) is int end)
            {
                // "twenty years ago this month": the same month, that many years back.
                if (fromDocument && unit.Unit == TimeUnit.Year && !count.Vague && Cue(end, lexicon.Relative, "document-same") is int same
                    && UnitAt(same) is { Plural: false, Unit: TimeUnit.Month } month)
                    return new Hit(month.End, new Shift(true, -12 * count.Value, TimeUnit.Month, false, Exact: true));
                return new Hit(end, new Shift(fromDocument, sign * count.Value, unit.Unit, count.Vague));
            }
        return null;
    }

    /// <summary>"the past sixteen years", "the last few decades", "the past decade", "recent years" (but not "the last year of the war").</summary>
    private Hit? SpanBack(int i)
    {
        // "recent decades" reads as "the last few decades", with "few" as numbers.tsv counts it.
        if (Cue(i, lexicon.Relative, "document-recent") is int r && UnitAt(r) is { Plural: true } units
            && lexicon.Numbers.TryGetValue("few", out var few))
            return new Hit(units.End, new SpanBack(few.Value, units.Unit, true));
        if (Cue(i, lexicon.Relative, "document-span") is not int j) return null;
        var count = CountAt(j);
        if (UnitAt(count?.End ?? j) is not { } unit) return null;
        if (count is null && (unit.Plural || Word(unit.End, "of"))) return null;
        return new Hit(unit.End, new SpanBack(count?.Value ?? 1, unit.Unit, count?.Vague ?? false));
    }

    /// <summary>"last year", "this month", "next year": the document date's unit; "the last year" is not this form.</summary>
    private Hit? DocumentDeixis(int i)
    {
        if (i > 0 && Word(i - 1, "the")) return null;
        foreach (var (role, amount) in (ReadOnlySpan<(string, int)>)[("document-prev", -1), ("document-same", 0), ("document-next", 1)])
        {
            // A week is no EDTF unit: "last week" would claim a day the text does not give.
            if (Cue(i, lexicon.Relative, role) is int j && UnitAt(j) is { Plural: false } unit && unit.Unit != TimeUnit.Week)
                return new Hit(unit.End, new Shift(true, amount, unit.Unit, false, Exact: true, Deictic: true));
        }
        return null;
    }

    /// <summary>"the following day", "the next year", "the previous month", "that year", "the same day".</summary>
    private Hit? AnchorDeixis(int i)
    {
        foreach (var (role, amount) in (ReadOnlySpan<(string, int)>)[("anchor-next", 1), ("anchor-prev", -1), ("anchor-same", 0)])
        {
            if (Cue(i, lexicon.Relative, role) is int j && UnitAt(j) is { Plural: false } unit && unit.Unit != TimeUnit.Week)
                return new Hit(unit.End, new Shift(false, amount, unit.Unit, false, Deictic: true));
        }
        return null;
    }

    /// <summary>
    /// "the year before", "the month after", "the year earlier": one unit from the narrative's latest date. "before" and
    /// "after" count only at the end of a phrase (before punctuation), since "the year after the coup" counts from the
    /// coup, whose date need not be the latest one told.
    /// </summary>
    private Hit? UnitThenCue(int i)
    {
        if (!Word(i, "the") || UnitAt(i + 1) is not { Plural: false } unit || unit.Unit == TimeUnit.Week) return null;
        var closes = unit.End + 1 >= tokens.Count || tokens[unit.End + 1].Kind is not (TokenKind.Word or TokenKind.Number);
        if (Cue(unit.End, lexicon.Relative, "anchor-before") is int back) return new Hit(back, new Shift(false, -1, unit.Unit, false, Deictic: true));
        if (Cue(unit.End, lexicon.Relative, "anchor-after") is int on) return new Hit(on, new Shift(false, 1, unit.Unit, false, Deictic: true));
        if (closes && Word(unit.End, "before")) return new Hit(unit.End + 1, new Shift(false, -1, unit.Unit, false, Deictic: true));
        if (closes && Word(unit.End, "after")) return new Hit(unit.End + 1, new Shift(false, 1, unit.Unit, false, Deictic: true));
        return null;
    }

    /// <summary>"within two weeks", "within a year", "within days": read as the anchor's month (or year).</summary>
    private Hit? Within(int i)
    {
        if (Cue(i, lexicon.Relative, "anchor-within") is not int j) return null;
        // A bare plural of a short unit ("within days", "within weeks") is as close as a counted one.
        if (CountAt(j) is null && UnitAt(j) is { Plural: true, Unit: TimeUnit.Day or TimeUnit.Week } bare) return new Hit(bare.End, new Within());
        if (CountAt(j) is not { } count || UnitAt(count.End) is not { } unit) return null;
        return new Hit(unit.End, new Within());
    }

    private readonly record struct Count(int End, int Value, bool Vague);

    private readonly record struct UnitHit(int End, TimeUnit Unit, bool Plural);

    /// <summary>"20", "twenty", "twenty-five", "a", "a few", "a couple of", "several".</summary>
    private Count? CountAt(int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        if (t is { Kind: TokenKind.Number, Suffix: "" } && t.Value is >= 1 and <= 9999) return new Count(i + 1, t.Value, false);
        if (!lexicon.Numbers.TryGetValue(t.Lower, out var number)) return null;
        var end = i + 1;
        if (t.Lower is "a" or "an" && end < tokens.Count && lexicon.Numbers.TryGetValue(tokens[end].Lower, out var vague) && vague.Vague)
            (number, end) = (vague, end + 1);
        if (number.Vague && Word(end, "of")) end++;
        if (number.Value is >= 20 and <= 90 && number.Value % 10 == 0 && Dash(end, adjacent: true) && Adjacent(end + 1)
            && end + 1 < tokens.Count && lexicon.Numbers.TryGetValue(tokens[end + 1].Lower, out var unit) && unit.Value is >= 1 and <= 9 && !unit.Vague)
            return new Count(end + 2, number.Value + unit.Value, false);
        return new Count(end, number.Value, number.Vague);
    }

    private UnitHit? UnitAt(int i) =>
        i < tokens.Count && tokens[i].Kind == TokenKind.Word && lexicon.Units.TryGetValue(tokens[i].Lower, out var unit)
            ? new UnitHit(i + 1, unit, tokens[i].Lower.EndsWith('s'))
            : null;
}
