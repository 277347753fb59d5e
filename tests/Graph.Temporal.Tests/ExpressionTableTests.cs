using Graph.Core.Dates;
using Graph.Extraction.Temporal;

namespace Graph.Temporal.Tests;

/// <summary>
/// Each row: a text, the document date (or null), the expression the tagger must find and its EDTF value.
/// Texts are hand-made sentences in the style of the seed texts; none is copied from them.
/// </summary>
public sealed class ExpressionTableTests
{
    private static readonly TemporalTagger Tagger = TemporalTagger.CreateDefault();

    public static TheoryData<string, string?, string, string> Absolute => new()
    {
        // Full dates
        { "The coup began on April 11, 2002, in Caracas.", null, "April 11, 2002", "2002-04-11" },
        { "He returned on 11 April 2002 to the palace.", null, "11 April 2002", "2002-04-11" },
        { "Protests peaked on April 11th, 2002.", null, "April 11th, 2002", "2002-04-11" },
        { "The decree is dated 2002-04-11 in the gazette.", null, "2002-04-11", "2002-04-11" },
        { "The march left on the 11th of April 2002.", null, "the 11th of April 2002", "2002-04-11" },
        { "It was signed on the eleventh of April, 2002.", null, "the eleventh of April, 2002", "2002-04-11" },
        { "Elections were held Dec. 6, 1998.", null, "Dec. 6, 1998", "1998-12-06" },
        { "The strike ended 2 Feb 2003.", null, "2 Feb 2003", "2003-02-02" },
        { "The siege lasted April 11–14, 2002.", null, "April 11–14, 2002", "2002-04-11/2002-04-14" },
        { "The siege lasted 11-14 April 2002.", null, "11-14 April 2002", "2002-04-11/2002-04-14" },
        // Month and year
        { "The union was founded in September 2005.", null, "September 2005", "2005-09" },
        { "He was elected in February 1990.", null, "February 1990", "1990-02" },
        { "The law passed in April of 2002.", null, "April of 2002", "2002-04" },
        { "It happened in Sept. 1973.", null, "Sept. 1973", "1973-09" },
        // Years
        { "The party won in 1997.", null, "1997", "1997" },
        { "1997 was a year of strikes.", null, "1997", "1997" },
        { "The 1998 elections changed everything.", null, "1998", "1998" },
        { "Congress was dissolved in the year 1992.", null, "the year 1992", "1992" },
        { "Negotiations lasted until the end of 1991.", null, "until the end of 1991", "../1991" },
        { "By the end of 1991 the talks had failed.", null, "the end of 1991", "1991" },
        { "In late 1989 the walls came down.", null, "late 1989", "1989" },
        { "In the summer of 1990 the strikes spread.", null, "the summer of 1990", "1990" },
        // Decades
        { "Neoliberal reforms marked the 1990s.", null, "the 1990s", "199X" },
        { "Debt grew in the 1980s and ’90s across the region.", null, "the 1980s and ’90s", "198X/199X" },
        { "Debt grew in the 1980s and '90s across the region.", null, "the 1980s and '90s", "198X/199X" },
        { "Debt grew in the 1980s and 1990s across the region.", null, "the 1980s and 1990s", "198X/199X" },
        { "Guerrillas were active in the sixties.", null, "the sixties", "196X" },
        { "Privatisation peaked in the mid-1990s.", null, "the mid-1990s", "1995~" },
        { "Privatisation began in the early 1990s.", null, "the early 1990s", "1990~/1993~" },
        { "Hyperinflation struck in the late 1980s.", null, "the late 1980s", "1987~/1989~" },
        { "Student groups grew in the 1960s' wake; the 1970's saw repression.", null, "the 1970's", "197X" },
        { "After 1970 and in the late ’70s the junta ruled.", null, "the late ’70s", "1977~/1979~" },
        { "Cuba changed in the early sixties.", null, "the early sixties", "1960~/1963~" },
        { "Debt crises marked the 80s.", null, "the 80s", "198X" },
        { "Reforms stalled in the mid-90s.", null, "the mid-90s", "1995~" },
        // Centuries
        { "Liberal reform marked the twentieth century.", null, "the twentieth century", "19XX" },
        { "Rubber booms shaped the 19th century.", null, "the 19th century", "18XX" },
        { "Land conflicts date from the early twentieth century.", null, "the early twentieth century", "1900~/1939~" },
        { "Mining expanded in the late nineteenth century.", null, "the late nineteenth century", "1870~/1899~" },
        { "These are twenty-first-century movements.", null, "twenty-first-century", "20XX" },
        // Approximate and uncertain
        { "The cooperative was set up around 1995.", null, "around 1995", "1995~" },
        { "The cooperative was set up circa 1995.", null, "circa 1995", "1995~" },
        { "The cooperative was set up c. 1995.", null, "c. 1995", "1995~" },
        { "The archive was probably in 1989 moved.", null, "probably in 1989", "1989?" },
        { "The first assembly met around the 1920s.", null, "around the 1920s", "192X~" },
        // Ranges
        { "He governed from 1999 to 2013.", null, "from 1999 to 2013", "1999/2013" },
        { "He governed 1999–2013.", null, "1999–2013", "1999/2013" },
        { "He governed 1999-2013.", null, "1999-2013", "1999/2013" },
        { "The drought of 1997–98 hurt farmers.", null, "1997–98", "1997/1998" },
        { "The junta ruled between 1973 and 1990.", null, "between 1973 and 1990", "1973/1990" },
        { "She led the union from April 1999 until May 2004.", null, "from April 1999 until May 2004", "1999-04/2004-05" },
        { "The movement has grown since 2006.", null, "since 2006", "2006/.." },
        { "The dictatorship lasted until 1990.", null, "until 1990", "../1990" },
        { "Reforms continued from the 1980s to the 1990s.", null, "from the 1980s to the 1990s", "198X/199X" },
    };

    public static TheoryData<string, string?, string, string> DocumentRelative => new()
    {
        { "The movement began twenty years ago.", "2010", "twenty years ago", "1990" },
        { "The movement began 20 years ago.", "2010-05-01", "20 years ago", "1990" },
        { "It began two decades ago.", "2010", "two decades ago", "1990" },
        { "Elections were held last year.", "2009-02", "last year", "2008" },
        { "Elections are held this year.", "2009-02", "this year", "2009" },
        { "Elections will be held next year.", "2009", "next year", "2010" },
        { "Prices rose last month.", "2009-02", "last month", "2009-01" },
        { "Prices rose last month.", "2009-01-15", "last month", "2008-12" },
        { "Prices rose this month.", "2009-02", "this month", "2009-02" },
        { "Wages fell over the past sixteen years.", "2010", "the past sixteen years", "1994/2010" },
        { "Unions weakened in the last few decades.", "2010", "the last few decades", "1980~/2010" },
        { "Inflation doubled over the past decade.", "2010", "the past decade", "2000/2010" },
        { "Prices rose in the past six months.", "2009-02", "the past six months", "2008-08/2009-02" },
        { "A strike broke out three months ago.", "2009-02", "three months ago", "2008-11" },
        { "The party split twenty-five years ago.", "2010", "twenty-five years ago", "1985" },
        { "The party split a few years ago.", "2010", "a few years ago", "2007~" },
        { "The strike began in May.", "2009-07-01", "May", "2009-05" },
        { "Land reform failed last century.", "2010", "last century", "19XX" },
        { "Growth returned this decade.", "2010", "this decade", "201X" },
        { "Debts grew in recent years.", "2010", "recent years", "2007~/2010" },
    };

    public static TheoryData<string, string?, string, string> NarrativeRelative => new()
    {
        { "The party was founded in 1990. Eight months later it split.", null, "Eight months later", "1990" },
        { "The party was founded in March 1990. Eight months later it split.", null, "Eight months later", "1990-11" },
        { "The party was founded in 1990. Two years later it split.", null, "Two years later", "1992" },
        { "The coup began on April 11, 2002. The next day he returned.", null, "The next day", "2002-04-12" },
        { "The coup began on April 30, 2002. The following day he returned.", null, "The following day", "2002-05-01" },
        { "The coup began in April 2002. The following day he returned.", null, "The following day", "2002-04" },
        { "The accord was signed in September 2016. A week later the voters rejected it.", null, "A week later", "2016-09" },
        { "A court convicted him in May 2013. Ten days later the verdict was annulled.", null, "Ten days later", "2013-05" },
        { "The accord was signed in September 2016. Three weeks later the voters rejected it.", null, "Three weeks later", "2016-09/2016-10" },
        { "The strike began in December 2001. Three weeks later it ended.", null, "Three weeks later", "2001-12/2002-01" },
        { "The strike began in March 2001. Three weeks earlier it was called.", null, "Three weeks earlier", "2001-02/2001-03" },
        { "The strike began in 1986. That year wages fell.", null, "That year", "1986" },
        { "Marriage was legalized in 2013 and, in December of that year, cannabis too.", null, "December of that year", "2013-12" },
        { "The strike began in 1986. In June of the following year it ended.", null, "June of the following year", "1987-06" },
        { "The union struck in March of last year.", "2010-05", "March of last year", "2009-03" },
        { "The union formed in 1975. The following decade it grew.", null, "The following decade", "198X" },
        { "The party split in 1992; that same year it lost.", null, "that same year", "1992" },
        { "In 2002 the army rebelled. After the April 11 coup he returned.", null, "April 11", "2002-04-11" },
        { "The strike began in 1986. The following year wages fell.", null, "The following year", "1987" },
        { "The strike began in 1986. The previous year wages had fallen.", null, "The previous year", "1985" },
        { "The strike began on 3 May 1986 and within two weeks it spread.", null, "within two weeks", "1986-05" },
        { "The party won in 2000. A decade earlier it was banned.", null, "A decade earlier", "1990" },
        { "In 1995 the march reached the capital. On June 28 the police charged.", null, "June 28", "1995-06-28" },
        { "In 1995 the march reached the capital. By 28 June it had ended.", null, "28 June", "1995-06-28" },
        { "The assembly met in 1968. In March the students marched.", null, "March", "1968-03" },
        { "He governed from 1999 to 2013. Two years later he died.", null, "Two years later", "2015" },
        { "The strike began in 1986. Two years later it ended. The following year wages rose.", null, "The following year", "1989" },
        { "The march was in 1999. Six years later it was held again.", "2010", "Six years later", "2005" },
    };

    [Theory]
    [MemberData(nameof(Absolute))]
    [MemberData(nameof(DocumentRelative))]
    [MemberData(nameof(NarrativeRelative))]
    public void Finds_the_expression_with_its_EDTF_value(string text, string? documentDate, string expression, string edtf)
    {
        var found = Tagger.Tag(text, documentDate is null ? null : EdtfDate.Parse(documentDate));
        var match = found.SingleOrDefault(e => e.Text == expression);
        Assert.True(match is not null,
            $"expected '{expression}' in: {string.Join(" | ", found.Select(e => $"'{e.Text}'={e.Value}"))}");
        Assert.Equal(edtf, match.Value.ToString());
    }

    [Theory]
    [MemberData(nameof(Absolute))]
    public void An_absolute_expression_does_not_depend_on_the_document_date(string text, string? documentDate, string expression, string edtf)
    {
        Assert.Null(documentDate);
        var found = Tagger.Tag(text, EdtfDate.Parse("2031-07-09")).SingleOrDefault(e => e.Text == expression);
        Assert.Equal(edtf, found?.Value.ToString());
        Assert.False(found!.Relative);
    }
}
