using System.Text;

namespace Graph.Ingest.Tests;

public class HtmlTests
{
    private readonly DocumentReader _reader = new();

    private Graph.Core.Model.Document Read(string html) => _reader.Read(Encoding.UTF8.GetBytes(html), "page.html");

    private const string Page = """
        <!DOCTYPE html>
        <html><head>
          <title>The Caracazo, 1989</title>
          <meta property="article:published_time" content="2009-02-27T10:00:00Z">
          <style>p { color: red }</style>
          <script>var tracking = "Chávez";</script>
        </head>
        <body>
          <header><a href="/">Home</a></header>
          <nav><ul><li>Politics</li><li>Economy</li></ul></nav>
          <article>
            <h1>The Caracazo</h1>
            <p>In February 1989 riots broke out in <b>Caracas</b> &amp; other cities.</p>
            <p>Carlos Andrés Pérez had announced
               an IMF package.</p>
          </article>
          <aside>Related stories</aside>
          <footer>© 2009</footer>
          <script>console.log("x")</script>
        </body></html>
        """;

    [Fact]
    public void Keeps_paragraphs_and_headings_as_lines_and_drops_page_furniture()
    {
        var doc = Read(Page);

        Assert.Equal("The Caracazo\n\nIn February 1989 riots broke out in Caracas & other cities.\n\nCarlos Andrés Pérez had announced an IMF package.", doc.Text);
    }

    [Fact]
    public void Title_comes_from_the_title_element_and_date_from_the_meta_tags()
    {
        var doc = Read(Page);

        Assert.Equal("The Caracazo, 1989", doc.Title);
        Assert.Equal("2009-02-27", doc.Date!.ToString());
        Assert.Equal("html", doc.Format);
    }

    [Fact]
    public void Without_a_title_element_the_first_h1_is_the_title()
    {
        Assert.Equal("Oaxaca 2006", Read("<html><body><h1>Oaxaca 2006</h1><p>Teachers struck.</p></body></html>").Title);
    }

    [Fact]
    public void A_page_of_only_scripts_is_refused()
    {
        var e = Assert.Throws<DocumentReadException>(() => Read("<html><head><script>a()</script></head><body><script>b()</script><nav>Menu</nav></body></html>"));

        Assert.Contains("page.html", e.Message);
        Assert.Contains("no readable text", e.Message);
    }
}

public class HtmlEncodingTests
{
    [Fact]
    public void A_page_declaring_latin1_is_decoded_as_latin1()
    {
        byte[] bytes = [.. "<html><head><meta charset=\"iso-8859-1\"></head><body><p>Ch"u8, 0xE1, .. "vez</p></body></html>"u8];

        var doc = new DocumentReader().Read(bytes, "old.htm");

        Assert.Equal("Chávez", doc.Text);
    }

    [Fact]
    public void Undeclared_invalid_utf8_in_html_names_the_offset()
    {
        byte[] bytes = [.. "<html><body><p>Ch"u8, 0xE1, .. "vez</p></body></html>"u8];

        var e = Assert.Throws<DocumentReadException>(() => new DocumentReader().Read(bytes, "old.htm"));

        Assert.Contains("byte offset 17", e.Message);
    }
}
