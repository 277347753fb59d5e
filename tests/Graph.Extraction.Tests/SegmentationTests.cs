namespace Graph.Extraction.Tests;

public class SegmentationTests
{
    private static List<string> Sentences(string text)
    {
        var doc = TestKnowledge.Analyze(text);
        return doc.Sentences.Select(s => text[s.Start..s.End]).ToList();
    }

    [Fact]
    public void title_abbreviation_does_not_end_a_sentence() =>
        Assert.Equal(["Gen. Perón spoke to the crowd.", "He left."], Sentences("Gen. Perón spoke to the crowd. He left."));

    [Fact]
    public void initials_stay_inside_the_sentence() =>
        Assert.Single(Sentences("The book by J. R. R. Tolkien sold well."));

    [Fact]
    public void dotted_acronym_mid_sentence_does_not_split() =>
        Assert.Single(Sentences("The U.S. government backed the coup."));

    [Fact]
    public void dotted_acronym_before_a_function_word_ends_the_sentence() =>
        Assert.Equal(2, Sentences("Aid came from the U.S. The money ran out.").Count);

    [Fact]
    public void ellipsis_before_lower_case_continues_the_sentence() =>
        Assert.Single(Sentences("The struggle went on … and on."));

    [Fact]
    public void ellipsis_before_a_capital_ends_the_sentence() =>
        Assert.Equal(2, Sentences("The struggle went on... Then it stopped.").Count);

    [Fact]
    public void closing_quote_stays_with_its_sentence() =>
        Assert.Equal(["He said “for now.”", "Then he left."], Sentences("He said “for now.” Then he left."));

    [Fact]
    public void blank_line_ends_a_sentence_without_punctuation() =>
        Assert.Equal(2, Sentences("February 2, 1989\n\nCarlos Andrés Pérez is sworn in.").Count);

    [Fact]
    public void possessive_s_is_its_own_token() =>
        Assert.Equal(["Bolivia", "'s", "gas"], TestKnowledge.Analyze("Bolivia's gas").Tokens.Select(t => t.Text == "'s" ? "'s" : t.Text));

    [Fact]
    public void hyphenated_name_is_one_token() =>
        Assert.Contains(TestKnowledge.Analyze("the MBR-200 rose").Tokens, t => t.Text == "MBR-200");

    [Fact]
    public void plural_possessive_keeps_its_apostrophe() =>
        Assert.Contains(TestKnowledge.Analyze("the Workers’ Party").Tokens, t => t.Text == "Workers’");

    [Fact]
    public void em_dash_is_a_token_between_words() =>
        Assert.Equal(["war", "—", "peace"], TestKnowledge.Analyze("war—peace").Tokens.Select(t => t.Text));
}
