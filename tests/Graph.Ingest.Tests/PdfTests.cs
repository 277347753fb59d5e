using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Graph.Ingest.Tests;

public class PdfTests
{
    private readonly DocumentReader _reader = new();

    /// <summary>A PDF made here with PdfPig's builder: one page per text (an empty text gives a blank page).</summary>
    internal static byte[] MakePdf(string? title, params string[] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var text in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            if (text.Length > 0) page.AddText(text, 12, new PdfPoint(50, 700), font);
        }
        if (title is not null) builder.DocumentInformation.Title = title;
        return builder.Build();
    }

    [Fact]
    public void Pages_are_joined_and_the_title_comes_from_the_metadata()
    {
        var doc = _reader.Read(MakePdf("Gas War", "Bolivia rose up in 2003.", "Carlos Mesa took office."), "report.pdf");

        Assert.Equal("Bolivia rose up in 2003.\n\nCarlos Mesa took office.", doc.Text);
        Assert.Equal("Gas War", doc.Title);
        Assert.Equal("pdf", doc.Format);
    }

    [Fact]
    public void Without_a_metadata_title_the_file_name_is_the_title()
    {
        Assert.Equal("report", _reader.Read(MakePdf(null, "Text."), "report.pdf").Title);
    }

    [Fact]
    public void A_corrupt_pdf_is_refused()
    {
        var bytes = MakePdf(null, "Text.");
        var truncated = bytes[..(bytes.Length / 3)];

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(truncated, "broken.pdf"));

        Assert.Contains("broken.pdf", e.Message);
        Assert.Contains("not a readable PDF", e.Message);
    }

    [Fact]
    public void A_pdf_without_text_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(MakePdf(null, ""), "scan.pdf"));

        Assert.Contains("without extractable text", e.Message);
    }
}
