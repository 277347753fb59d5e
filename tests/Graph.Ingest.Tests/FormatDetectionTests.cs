using System.Text;

namespace Graph.Ingest.Tests;

public class FormatDetectionTests
{
    private readonly DocumentReader _reader = new();

    [Fact]
    public void An_unknown_extension_with_html_content_is_read_as_html()
    {
        var doc = _reader.Read(Encoding.UTF8.GetBytes("<html><body><p>Evo Morales won in 2005.</p></body></html>"), "page.asp");

        Assert.Equal("html", doc.Format);
        Assert.Equal("Evo Morales won in 2005.", doc.Text);
    }

    [Fact]
    public void An_unknown_extension_with_pdf_content_is_read_as_pdf()
    {
        var doc = _reader.Read(PdfTests.MakePdf(null, "Lula was elected in 2002."), "scan.bin");

        Assert.Equal("pdf", doc.Format);
    }

    [Fact]
    public void An_unknown_extension_with_text_content_is_read_as_text()
    {
        Assert.Equal("text", _reader.Read(Encoding.UTF8.GetBytes("Plain words."), "README").Format);
    }

    [Fact]
    public void An_unknown_extension_with_binary_content_is_an_unknown_format_named_in_the_error()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01], "photo.png"));

        Assert.Contains("photo.png", e.Message);
        Assert.Contains("unknown format", e.Message);
        Assert.Contains("'.png'", e.Message);
    }
}
