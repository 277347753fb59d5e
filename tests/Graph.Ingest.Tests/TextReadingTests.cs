using System.Text;
using Graph.Core.Identity;

namespace Graph.Ingest.Tests;

public class TextReadingTests
{
    private readonly DocumentReader _reader = new();

    private Graph.Core.Model.Document Read(string text, string name = "piece.txt") => _reader.Read(Encoding.UTF8.GetBytes(text), name);

    private DocumentReadException Fails(string text, string name = "piece.txt") =>
        Assert.Throws<DocumentReadException>(() => Read(text, name));

    [Fact]
    public void Front_matter_gives_id_title_date_and_source()
    {
        var doc = Read("---\nid: seeds-04\ntitle: Hugo Chávez on the Failed Coup\ndate: 2005-07\nsource: \"Monthly Review\"\n---\nThe text itself.\n");

        Assert.Equal("seeds-04", doc.Id);
        Assert.Equal("Hugo Chávez on the Failed Coup", doc.Title);
        Assert.Equal("2005-07", doc.Date!.ToString());
        Assert.Equal("Monthly Review", doc.Source);
        Assert.Equal("The text itself.", doc.Text);
        Assert.Equal("text", doc.Format);
    }

    [Fact]
    public void Without_front_matter_the_id_hashes_the_text_and_the_title_is_the_file_name()
    {
        var doc = Read("Alcasa workers elected their managers.", "/some/folder/alcasa-report.txt");

        Assert.Equal(GraphIds.DocumentFromText("Alcasa workers elected their managers."), doc.Id);
        Assert.Equal("alcasa-report", doc.Title);
        Assert.Null(doc.Date);
    }

    [Fact]
    public void Markdown_takes_its_title_from_the_first_heading()
    {
        var doc = Read("Intro line\n\n## The Caracazo\n\nIn February 1989 ...", "notes.md");

        Assert.Equal("The Caracazo", doc.Title);
        Assert.Equal("markdown", doc.Format);
    }

    [Fact]
    public void Windows_line_endings_become_newlines()
    {
        var doc = Read("---\r\nid: a\r\n---\r\nOne.\r\nTwo.");

        Assert.Equal("One.\nTwo.", doc.Text);
    }

    [Fact]
    public void Unclosed_front_matter_is_refused()
    {
        var e = Fails("---\nid: a\ntitle: b\nThe text.");

        Assert.Contains("piece.txt", e.Message);
        Assert.Contains("never closed", e.Message);
    }

    [Fact]
    public void A_front_matter_line_that_is_not_key_value_names_its_line()
    {
        var e = Fails("---\nid: a\njust words here\n---\nText.");

        Assert.Contains("line 3", e.Message);
        Assert.Contains("'just words here'", e.Message);
    }

    [Fact]
    public void An_invalid_date_names_its_line_and_value()
    {
        var e = Fails("---\nid: a\ntitle: b\ndate: July 2005\n---\nText.");

        Assert.Contains("line 4", e.Message);
        Assert.Contains("'July 2005'", e.Message);
    }

    [Fact]
    public void An_empty_file_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read([], "empty.txt"));

        Assert.Contains("empty.txt", e.Message);
        Assert.Contains("empty", e.Message);
    }

    [Fact]
    public void White_space_only_is_empty()
    {
        Assert.Contains("empty", Fails(" \n\t\n").Message);
    }

    [Fact]
    public void Front_matter_without_text_is_refused()
    {
        Assert.Contains("no text after it", Fails("---\nid: a\n---\n\n").Message);
    }

    [Fact]
    public void Nul_bytes_mean_binary()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.Read([0x41, 0x42, 0x00, 0x43], "data.txt"));

        Assert.Contains("binary", e.Message);
        Assert.Contains("offset 2", e.Message);
    }

    [Fact]
    public void Mostly_control_characters_mean_binary()
    {
        var bytes = Enumerable.Range(0, 100).Select(i => (byte)(i % 2 == 0 ? 0x01 : 0x41)).ToArray();

        Assert.Contains("binary", Assert.Throws<DocumentReadException>(() => _reader.Read(bytes, "data.txt")).Message);
    }

    [Fact]
    public void Invalid_utf8_names_the_byte_offset()
    {
        byte[] bytes = [.. "Caf"u8, 0xE9, .. " con leche"u8]; // Latin-1 é

        var e = Assert.Throws<DocumentReadException>(() => _reader.Read(bytes, "latin1.txt"));

        Assert.Contains("UTF-8", e.Message);
        Assert.Contains("byte offset 3", e.Message);
    }

    [Fact]
    public void Utf16_is_named_as_such()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("Hola")).ToArray();

        Assert.Contains("UTF-16", Assert.Throws<DocumentReadException>(() => _reader.Read(bytes, "wide.txt")).Message);
    }

    [Fact]
    public void Bytes_above_the_limit_are_refused()
    {
        var reader = new DocumentReader(new ReaderOptions(MaxBytes: 16));

        var e = Assert.Throws<DocumentReadException>(() => reader.Read(Encoding.UTF8.GetBytes(new string('a', 17)), "big.txt"));

        Assert.Contains("above the limit", e.Message);
    }

    [Fact]
    public void A_50_MB_file_is_refused_without_reading_it()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ingest-big-{Guid.NewGuid():N}.txt");
        try
        {
            using (var f = File.Create(path)) f.SetLength(50L * 1024 * 1024); // sparse: costs no disk or time
            var started = System.Diagnostics.Stopwatch.StartNew();

            var e = Assert.Throws<DocumentReadException>(() => _reader.ReadFile(path));

            Assert.Contains("52,428,800 bytes", e.Message);
            Assert.True(started.Elapsed < TimeSpan.FromSeconds(1), $"took {started.Elapsed}");
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void A_missing_file_is_named()
    {
        var e = Assert.Throws<DocumentReadException>(() => _reader.ReadFile("/nonexistent/dir/x.txt"));

        Assert.Contains("/nonexistent/dir/x.txt", e.Message);
    }
}
