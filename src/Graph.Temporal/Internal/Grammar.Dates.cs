using Graph.Core.Dates;

namespace Graph.Extraction.Temporal.Internal;

/// <summary>Absolute dates, decades, centuries, qualified forms, and month-days whose year comes from context.</summary>
internal sealed partial class Grammar
{
    // Bare numbers are read as years only in this window; explicit dates ("April 1066") accept any 4-digit year.
    private const int BareYearMin = 1500, BareYearMax = 2099;
    private static readonly HashSet<string> Currency = ["$", "€", "£", "¥", "#", "№"];
    private static readonly HashSet<string> DaySuffixes = ["", "st", "nd", "rd", "th"];

    private Hit? Date(int i)
    {
        if (_date.TryGetValue(i, out var hit)) return hit;
        Steps++;
        var plain = Longest(Plain(i), Qualified(i));
        return _date[i] = Word(i, "the") ? Longest(plain, The(i + 1)) : plain;
    }

    /// <summary>
    /// Forms that take "the" into their span: "the 11th of April", "the 1990s", "the sixties" (decade words need it:
    /// "in their sixties" is an age), "the twentieth century", "the summer of 1990", "the year 1997". A bare year or
    /// a month-first date keeps it out ("the 1998 elections", "the April 11 coup").
    /// </summary>
    private Hit? The(int j) =>
        Longest(Longest(Longest(DayFirst(j), Decade(j)), Longest(Century(j), Season(j))),
            Longest(Longest(Qualified(j), Longest(DecadeWord(j), ShortDecade(j))), Word(j, "year") && YearAt(j + 1) is int y ? new Hit(j + 2, new Fixed(EdtfDate.Year(y))) : null));

    private Hit? Plain(int i) =>
        Longest(Longest(Longest(Iso(i), MonthFirst(i)), Longest(DayFirst(i), BareYear(i))),
            Longest(Longest(Decade(i), Century(i)), Longest(Season(i), MonthAlone(i))));

    private Hit? Iso(int i)
    {
        if (YearAt(i) is not int year || !Dash(i + 1, adjacent: true) || !Adjacent(i + 2) || TwoDigits(i + 2) is not int month
            || !Dash(i + 3, adjacent: true) || !Adjacent(i + 4) || TwoDigits(i + 4) is not int day) return null;
        return Points.Day(year, month, day) is { } point ? new Hit(i + 5, new Fixed(EdtfDate.Of(point))) : null;
    }

    /// <summary>"April 11, 2002", "April 11th 2002", "Sept. 2005", "April of 2002"; "June 28" without a year.</summary>
    private Hit? MonthFirst(int i)
    {
        if (MonthAt(i) is not (int afterMonth, int month)) return null;
        if (DayNumber(afterMonth) is int day)
        {
            var k = afterMonth + 1;
            // "April 11–14, 2002": a span of days in one month.
            int? lastDay = Dash(k, adjacent: false) && DayNumber(k + 1) is int d2 && d2 > day ? d2 : null;
            var beforeYear = lastDay is null ? k : k + 2;
            if (Symbol(beforeYear, ",")) beforeYear++;
            if (YearAt(beforeYear) is int year) return Days(beforeYear + 1, year, month, day, lastDay);
            return new Hit(afterMonth + 1, new PartialDate(month, day));
        }
        var j = Word(afterMonth, "of") || Symbol(afterMonth, ",") ? afterMonth + 1 : afterMonth;
        return YearAt(j) is int y ? new Hit(j + 1, new Fixed(EdtfDate.Month(y, month))) : null;
    }

    /// <summary>"11 April 2002", "11th of April, 2002", "the eleventh of April"; "28 June" without a year.</summary>
    private Hit? DayFirst(int i)
    {
        int day, j;
        if (DayNumber(i) is int number) (day, j) = (number, i + 1);
        else if (OrdinalAt(i) is (int end, int ordinal and >= 1 and <= 31) && Word(end, "of")) (day, j) = (ordinal, end);
        else return null;
        // "11–14 April 2002": a span of days in one month.
        int? lastDay = Dash(j, adjacent: false) && DayNumber(j + 1) is int d2 && d2 > day ? d2 : null;
        if (lastDay is not null) j += 2;
        if (Word(j, "of")) j++;
        if (MonthAt(j) is not (int afterMonth, int month)) return null;
        var k = Symbol(afterMonth, ",") ? afterMonth + 1 : afterMonth;
        if (YearAt(k) is int year) return Days(k + 1, year, month, day, lastDay);
        return lastDay is null ? new Hit(afterMonth, new PartialDate(month, day)) : null;
    }

    private static Hit? Days(int end, int year, int month, int firstDay, int? lastDay)
    {
        if (Points.Day(year, month, firstDay) is not { } first) return null;
        if (lastDay is null) return new Hit(end, new Fixed(EdtfDate.Of(first)));
        return Points.Day(year, month, lastDay.Value) is { } last ? new Hit(end, new Fixed(EdtfDate.Between(first, last))) : null;
    }

    private static readonly HashSet<string> Determiners = ["the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"];

    private Hit? BareYear(int i)
    {
        if (YearAt(i) is not int year || year is < BareYearMin or > BareYearMax) return null;
        if (i > 0 && Adjacent(i) && Currency.Contains(tokens[i - 1].Lower)) return null;
        // "Decree 1500", "No. 1999": an identifier. The label may end in a full stop ("No.", "pp.").
        var label = Symbol(i - 1, ".") ? i - 2 : i - 1;
        if (label >= 0 && tokens[label].Kind == TokenKind.Word && lexicon.NumberLabels.Contains(tokens[label].Lower)) return null;
        if (Symbol(i + 1, "%")) return null;
        // "2000 soldiers", "1600 direct employees": a number that counts things.
        // A determiner between them starts a new phrase ("in 1989 the soldiers rebelled"), so it never counts.
        if (CountNoun(i + 1) || (i + 1 < tokens.Count && tokens[i + 1].Kind == TokenKind.Word
            && !Determiners.Contains(tokens[i + 1].Lower) && CountNoun(i + 2))) return null;
        return new Hit(i + 1, new Fixed(EdtfDate.Year(year)));
    }

    private bool CountNoun(int i) => i < tokens.Count && tokens[i].Kind == TokenKind.Word && lexicon.CountNouns.Contains(tokens[i].Lower);

    /// <summary>"1990s", "1990's", "’90s".</summary>
    private Hit? Decade(int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        if (t is { Kind: TokenKind.Number, Digits.Length: 4, Compound: false } && t.Value % 10 == 0 && t.Value >= 1000)
        {
            if (t.Suffix == "s") return new Hit(i + 1, new DecadeRef(t.Value, t.Value % 100, null));
            if (t.Suffix == "" && Apostrophe(i + 1) && Adjacent(i + 1) && Word(i + 2, "s") && Adjacent(i + 2))
                return new Hit(i + 3, new DecadeRef(t.Value, t.Value % 100, null));
        }
        if (Apostrophe(i) && Adjacent(i + 1) && i + 1 < tokens.Count
            && tokens[i + 1] is { Kind: TokenKind.Number, Digits.Length: 2, Suffix: "s", Compound: false } two && two.Value % 10 == 0)
            return new Hit(i + 2, new DecadeRef(null, two.Value, null));
        return null;
    }

    private Hit? DecadeWord(int i) =>
        i < tokens.Count && lexicon.Decades.TryGetValue(tokens[i].Lower, out var digits) ? new Hit(i + 1, new DecadeRef(null, digits, null)) : null;

    /// <summary>"the 90s", "mid-90s": without an apostrophe only after "the" or a qualifier ("in his 90s" is an age).</summary>
    private Hit? ShortDecade(int i) =>
        i < tokens.Count && tokens[i] is { Kind: TokenKind.Number, Digits.Length: 2, Suffix: "s", Compound: false } t && t.Value % 10 == 0
            ? new Hit(i + 1, new DecadeRef(null, t.Value, null))
            : null;

    /// <summary>"the twentieth century", "the 20th century", "twenty-first-century".</summary>
    private Hit? Century(int i)
    {
        if (OrdinalAt(i) is not (int end, int ordinal and >= 2 and <= 99)) return null;
        if (Dash(end, adjacent: true)) end++;
        return Word(end, "century") ? new Hit(end + 1, new CenturyRef((ordinal - 1) * 100, null)) : null;
    }

    /// <summary>"summer 1990", "the winter of 1990": the year only (see seasons.tsv).</summary>
    private Hit? Season(int i)
    {
        if (i >= tokens.Count || !lexicon.Seasons.Contains(tokens[i].Lower)) return null;
        var j = Word(i + 1, "of") ? i + 2 : i + 1;
        return YearAt(j) is int year ? new Hit(j + 1, new Fixed(EdtfDate.Year(year))) : null;
    }

    /// <summary>"in May", "by early March", "at the end of June": a full month name after a month-context cue, not followed by "'s".</summary>
    private Hit? MonthAlone(int i)
    {
        if (i == 0 || MonthAt(i) is not (int end, int month) || !lexicon.FullMonths.Contains(tokens[i].Lower)) return null;
        var before = tokens[i - 1].Lower;
        if (Dash(i - 1, adjacent: false) && i >= 2) before = tokens[i - 2].Lower;
        foreach (var (role, toward) in (ReadOnlySpan<(string, int)>)[("document-next", 1), ("document-prev", -1)])
            if (Cue(i - 1, lexicon.Relative, role) == i && !Apostrophe(end)) return new Hit(end, new PartialDate(month, null, toward));
        // Two-word cues ("end of June") are kept as one entry with a space.
        var context = lexicon.MonthContext.Contains(before) || i >= 2 && lexicon.MonthContext.Contains(tokens[i - 2].Lower + " " + before);
        if (!context || Apostrophe(end)) return null;
        return new Hit(end, new PartialDate(month, null));
    }

    /// <summary>"the early 1990s", "mid-1990s", "the end of 1991", "late last year": a qualifier and the date it bounds.</summary>
    private Hit? Qualified(int i)
    {
        Steps++;
        Qualifier? qualifier = null;
        var j = -1;
        foreach (var (phrase, q) in lexicon.Qualifiers)
            if (Phrase(i, phrase) is int end && end > j) (j, qualifier) = (end, q);
        if (qualifier is null) return null;
        if (Dash(j, adjacent: true)) j++;
        var inner = Longest(Longest(Plain(j), Longest(DecadeWord(j), ShortDecade(j))), Relative(j));
        if (Word(j, "the")) inner = Longest(inner, Longest(Plain(j + 1), Longest(DecadeWord(j + 1), ShortDecade(j + 1))));
        if (inner is not { } hit) return null;
        // On a single year or finer date the qualifier adds nothing EDTF can say without inventing months.
        Meaning meaning = hit.Meaning switch
        {
            DecadeRef d => d with { Qualifier = qualifier },
            CenturyRef c => c with { Qualifier = qualifier },
            var other => other,
        };
        return new Hit(hit.End, meaning);
    }

    private (int End, int Month)? MonthAt(int i)
    {
        if (i >= tokens.Count || tokens[i] is not { Kind: TokenKind.Word, Capitalized: true } t || !lexicon.Months.TryGetValue(t.Lower, out var month))
            return null;
        var abbreviated = !lexicon.FullMonths.Contains(t.Lower);
        return (abbreviated && Symbol(i + 1, ".") && Adjacent(i + 1) ? i + 2 : i + 1, month);
    }

    /// <summary>A day of the month written in digits, with an optional ordinal suffix: "11", "11th".</summary>
    private int? DayNumber(int i) =>
        i < tokens.Count && tokens[i] is { Kind: TokenKind.Number, Compound: false, Digits.Length: <= 2 } t
            && DaySuffixes.Contains(t.Suffix) && t.Value is >= 1 and <= 31 ? t.Value : null;

    /// <summary>"20th", "twentieth", "twenty-first".</summary>
    private (int End, int Value)? OrdinalAt(int i)
    {
        if (i >= tokens.Count) return null;
        var t = tokens[i];
        if (t is { Kind: TokenKind.Number, Compound: false, Digits.Length: <= 2 } && t.Suffix is "st" or "nd" or "rd" or "th") return (i + 1, t.Value);
        if (lexicon.Ordinals.TryGetValue(t.Lower, out var ordinal)) return (i + 1, ordinal);
        if (lexicon.Numbers.TryGetValue(t.Lower, out var tens) && tens.Value is >= 20 and <= 90 && tens.Value % 10 == 0 && !tens.Vague
            && Dash(i + 1, adjacent: true) && Adjacent(i + 2) && i + 2 < tokens.Count
            && lexicon.Ordinals.TryGetValue(tokens[i + 2].Lower, out var unit) && unit < 10)
            return (i + 3, tens.Value + unit);
        return null;
    }

    private int? YearAt(int i) =>
        i < tokens.Count && tokens[i] is { Kind: TokenKind.Number, Digits.Length: 4, Suffix: "", Compound: false } t && t.Value is >= 1000 and <= BareYearMax
            ? t.Value
            : null;

    private int? TwoDigits(int i) =>
        i < tokens.Count && tokens[i] is { Kind: TokenKind.Number, Digits.Length: 2, Compound: false } t && t.Suffix is "" or "t" ? t.Value : null;

    private bool Symbol(int i, string symbol) => i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Symbol && tokens[i].Lower == symbol;
    private bool Apostrophe(int i) => i >= 0 && i < tokens.Count && Apostrophes.Contains(tokens[i].Lower);
    private bool Dash(int i, bool adjacent) => i >= 0 && i < tokens.Count && Dashes.Contains(tokens[i].Lower) && (!adjacent || Adjacent(i));
}
