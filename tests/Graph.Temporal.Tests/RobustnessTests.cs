using CsCheck;
using Graph.Core.Dates;
using Graph.Extraction.Temporal;

namespace Graph.Temporal.Tests;

/// <summary>No text makes the tagger throw, every span is valid, and tagging stays linear on long inputs.</summary>
public sealed class RobustnessTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();

    // Cue words and numbers so random texts hit the grammar's branches, not only the "nothing found" path.
    private static readonly string[] Vocabulary =
    [
        "the", "in", "on", "of", "from", "to", "between", "and", "since", "until", "around", "c.", "probably", "early", "mid", "-",
        "late", "the end of", "April", "May", "Sept.", "11", "11th", "31", "2002", "1999", "1990s", "’90s", "'", "s", "sixties",
        "twentieth", "twenty", "-", "first", "century", "years", "ago", "later", "earlier", "last", "next", "this", "that", "year",
        "the following", "day", "month", "within", "two", "a", "few", "decades", "past", "–", ",", ".", "9999", "0001", "0000",
        "$", "%", "people", "2002-04-11", "2002-02-30", "0", "99", "1", "recent", "summer", "\u0301", "\ud800", "\u00a0",
    ];

    private static readonly string[] Separators = [" ", "", "  ", "\n"];

    private static readonly Gen<EdtfDate?> Documents =
        Gen.OneOf(Gen.Const((EdtfDate?)null), Gen.Int[1, 9999].Select(y => (EdtfDate?)EdtfDate.Year(y)),
            Gen.Select(Gen.Int[1, 9999], Gen.Int[1, 12], Gen.Int[1, 28], (y, m, d) => (EdtfDate?)EdtfDate.Day(y, m, d)),
            Gen.Int[1, 999].Select(y => (EdtfDate?)EdtfDate.Decade(y * 10)));

    private static void AssertWellFormed(string text, IReadOnlyList<TimeExpression> found)
    {
        var previousEnd = 0;
        foreach (var e in found)
        {
            Assert.InRange(e.Start, previousEnd, text.Length - 1);
            Assert.InRange(e.End, e.Start + 1, text.Length);
            Assert.Equal(text[e.Start..e.End], e.Text);
            previousEnd = e.End;
        }
    }

    [Fact]
    public void Random_unicode_never_throws_and_spans_are_valid() =>
        Gen.Select(Gen.String[Gen.Char, 0, 300], Documents).Sample((text, doc) => AssertWellFormed(text, Tagger.Tag(text, doc)), iter: 2000);

    [Fact]
    public void Random_cue_sequences_never_throw_and_spans_are_valid() =>
        Gen.Select(Gen.Int[0, Vocabulary.Length - 1].Array[0, 40], Gen.Int[0, Separators.Length - 1].Select(i => Separators[i]), Documents)
            .Sample((words, separator, doc) =>
            {
                var text = string.Join(separator, words.Select(i => Vocabulary[i]));
                AssertWellFormed(text, Tagger.Tag(text, doc));
            }, iter: 5000);

    [Fact]
    public void The_grammar_work_grows_linearly_with_the_text()
    {
        // Dense with cues, a failing backwards range and nested ranges: the worst case for re-evaluation.
        const string unit = "From April 11, 2002 until the late 1990s and ’90s, from from between the the early early two years later the following day since around 1995 ";
        var document = EdtfDate.Parse("2010");
        Tagger.Tag(string.Concat(Enumerable.Repeat(unit, 100)), document, out var small);
        var text = string.Concat(Enumerable.Repeat(unit, 2_000));
        var found = Tagger.Tag(text, document, out var large);
        AssertWellFormed(text, found);
        Assert.InRange(large, 1, small * 20 + 1_000);
    }

    [Theory]
    [InlineData('1')]
    [InlineData('a')]
    [InlineData(' ')]
    [InlineData('’')]
    public void A_very_long_run_of_one_character_is_tagged_without_error(char c)
    {
        var text = new string(c, 200_000);
        AssertWellFormed(text, Tagger.Tag(text, EdtfDate.Parse("2010")));
    }

    [Fact]
    public void A_null_text_is_rejected_with_the_parameter_name() =>
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => Tagger.Tag(null!, null)).ParamName);
}
