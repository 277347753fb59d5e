using Graph.Core.Dates;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Events;

/// <summary>
/// The date of an event: a relative date right beside the trigger in its clause ("helped found a decade earlier");
/// else a date joined to the trigger by linking words only ("founded in 1981", "the war of the 1980s"); else an absolute or precise relative date ("the next day") in the trigger's clause, then in its sentence (the nearest before the trigger, else the
/// first after it); else any date of its clause ("two years later"); else a date that opened an earlier sentence of the paragraph ("February 4, 1992." heading a
/// chronology entry, "On October 17 ..."), which the narrative carries forward; else any relative date in the
/// sentence; else the latest absolute or precise date given before the sentence in its paragraph; else none. A date
/// from an earlier paragraph was measured worse: it dated background remarks ("On his first day in office ...") with
/// whatever the previous paragraph ended on (seeds exact dates 8/12 against 11/12, devset events unchanged).
/// </summary>
internal sealed class EventDating(AnalyzedDocument doc, IReadOnlySet<string> reportWords)
{
    private const int Beside = 40;
    private readonly ILookup<int, DateSpan> _bySentence = doc.Dates.ToLookup(d => d.Sentence);

    public bool HasDate((int First, int End) clause) =>
        doc.Dates.Any(d => d.Start >= doc.Tokens[clause.First].Start && d.End <= doc.Tokens[clause.End - 1].End);

    public EdtfDate? DateOf(Sentence s, (int First, int End) clause, Mention at)
    {
        var date = Pick(s, clause, at);
        return date is not null && AfterIt(s, at, date) && date.Point is { Month: not null } point ? EdtfDate.Year(point.Year) : date;
    }

    /// <summary>
    /// "The interviews began soon after ... the failed coup of April 2002": a happening told as following a dated one
    /// is later than that date by an unknown span; its month is not the other's, only (most likely) its year.
    /// </summary>
    private bool AfterIt(Sentence s, Mention at, EdtfDate date)
    {
        var span = _bySentence[s.Index].FirstOrDefault(d => d.Value == date && d.Start >= at.End);
        if (span is null) return false;
        for (var t = at.EndToken; t < doc.Tokens.Count && doc.Tokens[t].End <= span.Start; t++)
            if (doc.Tokens[t].Lower is "after" or "following") return true;
        return false;
    }

    private EdtfDate? Pick(Sentence s, (int First, int End) clause, Mention at)
    {
        var here = _bySentence[s.Index].ToList();
        var (from, to) = (doc.Tokens[clause.First].Start, doc.Tokens[clause.End - 1].End);
        var inClause = here.Where(d => d.Start >= from && d.End <= to).ToList();
        var near = inClause.Where(d => d.Relative && Math.Abs(d.Start - at.Start) <= Beside && !CommaBetween(d, at))
            .MinBy(d => Math.Abs(d.Start - at.Start));
        if (near is not null) return near.Value;
        var following = inClause.FirstOrDefault(d => d.Start >= at.End && Joins(at.End, d.Start));
        if (following is not null) return following.Value;
        if (Nearest(inClause.Where(Anchors).ToList(), at) is { } clauseDate) return clauseDate;
        if (Nearest(here.Where(Anchors).ToList(), at) is { } sentenceDate) return sentenceDate;
        // A vaguer date of the trigger's own clause ("two years later") still beats one carried from earlier sentences.
        if (inClause.Where(d => !CommaBetween(d, at)).MinBy(d => Math.Abs(d.Start - at.Start)) is { } vague) return vague.Value;
        var carried = doc.Dates.LastOrDefault(d => d.Sentence < s.Index && Carries(d)
            && doc.Sentences[d.Sentence].Paragraph == s.Paragraph && OpensSentence(d));
        if (carried is not null) return carried.Value;
        if (here.Count > 0) return here.MinBy(d => Math.Abs(d.Start - at.Start))!.Value;
        return doc.Dates.LastOrDefault(d => d.Sentence < s.Index && Carries(d) && doc.Sentences[d.Sentence].Paragraph == s.Paragraph)?.Value
            ?? Reported(at);
    }

    /// <summary>
    /// A report tells what is happening as it is written: a happening it gives no date for is of the report's own date
    /// ("The transport unions called a strike on the first day"). Essays and reviews recall history undated ("the fall
    /// of the Berlin Wall"), which the document's date would misdate (seeds exact dates 14/16 fell to 10/16), so only
    /// a document whose source names it a report lends its date; and not to a happening known by its name ("the War of
    /// the Pacific"), which is history even in a report, unless numbered.
    /// </summary>
    private EdtfDate? Reported(Mention at) =>
        (!doc.Tokens[at.FirstToken].IsCapitalized || Numbered(at)) && IsReport ? doc.Source.Date : null;

    /// <summary>The source line names the document a report (a word of the report-words class, lexicon/word-classes.tsv).</summary>
    private bool IsReport { get; } = doc.Source.Source is { } source
        && source.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Any(w => reportWords.Contains(w.Trim(',', '.', ';', ':', '(', ')').ToLowerInvariant()));

    /// <summary>
    /// A date the narrative carries forward: an absolute one, or a relative one that resolved to a month or a day
    /// ("on June 15", "the next day"); a vague relative one ("years later") is not.
    /// </summary>
    private static bool Anchors(DateSpan d) =>
        !d.Relative || d.Value.Point is { Month: not null, Approximate: false };

    /// <summary>"Decree 883": a numbered measure is named by its number, not known as history by its name.</summary>
    private bool Numbered(Mention at) =>
        at.EndToken < doc.Tokens.Count && doc.Tokens[at.EndToken].Text is { Length: > 0 } next && char.IsAsciiDigit(next[0]);

    /// <summary>
    /// A date a later sentence may take: an anchor, but not a span left open ("the federation that has led every
    /// uprising since 1990"), which tells how long something has lasted, not when the narrative stands.
    /// </summary>
    private static bool Carries(DateSpan d) => Anchors(d) && !(d.Value.IsInterval && d.Value.End is null);

    private static readonly HashSet<string> Joiners = ["in", "on", "of", "the", "since", "during", "at", "from", "between"];

    /// <summary>"founded in 1981", "the war of the 1980s", "elected on April 20": only linking words between.</summary>
    private bool Joins(int from, int to)
    {
        var words = doc.Text[from..to].Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length <= 3 && words.All(w => Joiners.Contains(w.ToLowerInvariant()));
    }

    private static EdtfDate? Nearest(List<DateSpan> dates, Mention at) =>
        dates.Count == 0 ? null : (dates.LastOrDefault(d => d.Start < at.Start) ?? dates[0]).Value;

    /// <summary>"a decade earlier, rise against": a comma between a relative date and the trigger parts them.</summary>
    private bool CommaBetween(DateSpan d, Mention at)
    {
        var (a, b) = d.End <= at.Start ? (d.End, at.Start) : (at.End, d.Start);
        return a < b && doc.Text.AsSpan(a, b - a).Contains(',');
    }

    private bool OpensSentence(DateSpan d)
    {
        var s = doc.Sentences[d.Sentence];
        var first = doc.Tokens[s.FirstToken];
        return d.Start == first.Start || first.Lower is "on" or "in" or "by" && s.TokenCount > 1 && doc.Tokens[s.FirstToken + 1].Start == d.Start;
    }
}
