using Graph.Core.Dates;

namespace Graph.Extraction.Temporal.Internal;

internal readonly record struct Hit(int End, Meaning Meaning);

internal readonly record struct Match(int Start, int End, Meaning Meaning);

/// <summary>
/// The expression grammar over a token list. Every rule looks a bounded number of tokens ahead of its start, and the
/// scan moves past each match, so tagging is linear in the text. Where two rules match at one token the longest
/// wins ("April 11, 2002" over "April 11"); ties go to the rule listed first.
/// This file holds the scan, ranges and hedges; the dates and the relative forms are in the other parts.
/// </summary>
internal sealed partial class Grammar(IReadOnlyList<Token> tokens, Lexicon lexicon)
{
    private static readonly HashSet<string> Dashes = ["-", "–", "—"];
    private static readonly HashSet<string> Apostrophes = ["'", "’", "‘"];

    public List<Match> Scan() => Scan(0, tokens.Count);

    /// <summary>
    /// The matches inside tokens [start, end): used to recover the parts of a range that did not resolve
    /// ("from April 2002 until the late 1990s" runs backwards; its two dates still count).
    /// </summary>
    public List<Match> Scan(int start, int end)
    {
        var found = new List<Match>();
        var i = start;
        while (i < end)
        {
            if (Any(i) is { } hit && hit.End <= end)
            {
                found.Add(new Match(i, hit.End, hit.Meaning));
                i = hit.End;
            }
            else i++;
        }
        return found;
    }

    /// <summary>Rule evaluations so far: the tests check that it grows linearly with the text.</summary>
    public long Steps { get; private set; }

    private Hit? Any(int i)
    {
        Steps++;
        var t = tokens[i];
        if (t.Kind != TokenKind.Number && !lexicon.Starters.Contains(t.Lower)) return null;
        return Longest(Longest(Range(i), Open(i)), Longest(Hedge(i), Core(i)));
    }

    // Ranges, hedges and the scan itself ask for the same positions again; remembering each answer keeps the work
    // per token constant.
    private readonly Dictionary<int, Hit?> _core = [];
    private readonly Dictionary<int, Hit?> _date = [];

    private Hit? Core(int i)
    {
        if (_core.TryGetValue(i, out var hit)) return hit;
        Steps++;
        _core[i] = hit = OfYear(Longest(Date(i), Relative(i)));
        return hit;
    }

    /// <summary>"December of that year", "June of the following year", "March of last year": the month in the year named.</summary>
    private Hit? OfYear(Hit? hit)
    {
        if (hit is not { Meaning: PartialDate { Toward: 0 } date } || !Word(hit.Value.End, "of")) return hit;
        var year = Longest(AnchorDeixis(hit.Value.End + 1), DocumentDeixis(hit.Value.End + 1));
        return year is { Meaning: Shift { Unit: TimeUnit.Year } shift } ? new Hit(year.Value.End, new MonthOfYear(date, shift)) : hit;
    }

    private Hit? Range(int i)
    {
        if (Cue(i, lexicon.Ranges, "from") is int afterFrom && Core(afterFrom) is { } from
            && Cue(from.End, lexicon.Ranges, "join", except: "and") is int afterJoin && Core(afterJoin) is { } to)
            return new Hit(to.End, new RangeOf(from.Meaning, to.Meaning));
        if (Cue(i, lexicon.Ranges, "between") is int afterBetween && Core(afterBetween) is { } first
            && Word(first.End, "and") && Core(first.End + 1) is { } second)
            return new Hit(second.End, new RangeOf(first.Meaning, second.Meaning));
        if (Date(i) is not { Meaning: Fixed or DecadeRef or CenturyRef } left) return null;
        var k = left.End;
        if (k < tokens.Count && Dashes.Contains(tokens[k].Lower))
        {
            // "1997–98": the second year in two digits, read in the first one's century.
            if (left.Meaning is Fixed { Value.Precision: EdtfPrecision.Year } year && Adjacent(k + 1)
                && tokens[k + 1] is { Kind: TokenKind.Number, Digits.Length: 2, Suffix: "", Compound: false } shortYear)
            {
                var y = year.Value.Point!.Year;
                var end = y / 100 * 100 + shortYear.Value;
                return end > y ? new Hit(k + 2, new RangeOf(left.Meaning, new Fixed(EdtfDate.Year(end)))) : null;
            }
            if (Date(k + 1) is { Meaning: Fixed or DecadeRef or CenturyRef } right)
                return new Hit(right.End, new RangeOf(left.Meaning, right.Meaning));
        }
        // "the 1980s and ’90s": two consecutive decades read as one span; other pairs stay two dates.
        if (left.Meaning is DecadeRef { Qualifier: null } a && Word(k, "and"))
        {
            var next = Word(k + 1, "the") ? k + 2 : k + 1;
            if (Date(next) is { Meaning: DecadeRef { Qualifier: null } b } decade && b.DecadeDigits == (a.DecadeDigits + 10) % 100
                && (b.StartYear is null || a.StartYear is null || b.StartYear == a.StartYear + 10))
                return new Hit(decade.End, new RangeOf(a, b));
        }
        return null;
    }

    private Hit? Open(int i)
    {
        if (Cue(i, lexicon.Ranges, "open-from") is int afterSince && Longest(Hedge(afterSince), Core(afterSince)) is { } from)
            return new Hit(from.End, new OpenFrom(from.Meaning));
        if (Cue(i, lexicon.Ranges, "open-until") is int afterUntil && Longest(Hedge(afterUntil), Core(afterUntil)) is { } until)
            return new Hit(until.End, new OpenUntil(until.Meaning));
        return null;
    }

    private Hit? Hedge(int i)
    {
        foreach (var role in (string[])["approximate", "uncertain"])
        {
            if (Cue(i, lexicon.Approximation, role) is not int j) continue;
            if (Word(j, "in") || Word(j, "on")) j++;
            if (Core(j) is { } inner) return new Hit(inner.End, new Hedged(inner.Meaning, role == "approximate", role == "uncertain"));
        }
        return null;
    }

    private static Hit? Longest(Hit? a, Hit? b) => a is null ? b : b is null ? a : b.Value.End > a.Value.End ? b : a;

    private bool Word(int i, string lower) => i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Word && tokens[i].Lower == lower;

    /// <summary>True when token i exists and touches the token before it (no space between).</summary>
    private bool Adjacent(int i) => i > 0 && i < tokens.Count && tokens[i - 1].End == tokens[i].Start;

    /// <summary>The end of the longest cue with this role starting at token i, or null.</summary>
    private int? Cue(int i, List<Cue> cues, string role, string? except = null)
    {
        int? best = null;
        foreach (var cue in lexicon.CuesFor(cues, role))
        {
            if ((except is not null && cue.Tokens is [var only] && only == except)) continue;
            if (Phrase(i, cue.Tokens) is int end && (best is null || end > best)) best = end;
        }
        return best;
    }

    private int? Phrase(int i, string[] phrase)
    {
        if (phrase.Length == 0 || i + phrase.Length > tokens.Count) return null;
        for (var k = 0; k < phrase.Length; k++)
            if (tokens[i + k].Lower != phrase[k]) return null;
        return i + phrase.Length;
    }
}
