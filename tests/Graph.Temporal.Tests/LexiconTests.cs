using Graph.Extraction.Temporal.Internal;

namespace Graph.Temporal.Tests;

/// <summary>The cue files load, and a malformed line is reported with its file, line and a fix.</summary>
public sealed class LexiconTests
{
    [Fact]
    public void The_embedded_cue_files_load_with_every_month()
    {
        var lexicon = Lexicon.LoadEmbedded();
        Assert.Equal(Enumerable.Range(1, 12), lexicon.Months.Values.Distinct().Order());
        Assert.Equal(12, lexicon.FullMonths.Count);
    }

    [Fact]
    public void A_row_with_the_wrong_column_count_names_the_file_and_line()
    {
        var error = Assert.Throws<InvalidDataException>(() =>
            Lexicon.Read(new StringReader("# comment\nword\tvalue\none\t1\ntwo 2\n"), "numbers.tsv", 2));
        Assert.Contains("numbers.tsv line 4", error.Message);
        Assert.Contains("one tab", error.Message);
    }

    [Fact]
    public void Comments_and_the_header_are_not_rows() =>
        Assert.Equal(["one"], Lexicon.Read(new StringReader("# c\nword\tvalue\n# c\none\t1\n"), "numbers.tsv", 2).Select(r => r[0]));

    [Fact]
    public void A_word_listed_twice_is_reported_not_overwritten()
    {
        var rows = Lexicon.Read(new StringReader("word\tvalue\nMay\t5\nmay\t6\n"), "months.tsv", 2);
        var error = Assert.Throws<InvalidDataException>(() => Lexicon.Map(rows, "months.tsv", r => r[1]));
        Assert.Contains("'may' is listed twice", error.Message);
    }
}
