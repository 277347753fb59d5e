using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using HtmlAgilityPack;

namespace Graph.Ingest.Internal;

/// <summary>
/// The main text of a web page: scripts, styles and page furniture (navigation, header, footer, asides) go;
/// paragraphs and headings stay, each on its own line, so sentences never run across blocks.
/// </summary>
internal static class HtmlFormat
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "svg", "iframe", "head" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article", "main",
          "td", "th", "tr", "dt", "dd", "figcaption", "br", "hr", "table", "ul", "ol", "dl", "body" };

    // Meta tags publishers use for the publication date, most specific first.
    private static readonly string[] DateMeta =
        ["article:published_time", "datePublished", "dc.date.issued", "dc.date", "dcterms.date", "date", "pubdate", "citation_publication_date"];

    private static readonly Regex LeadingDate = new(@"^(\d{4})(?:[-/](\d{2})(?:[-/](\d{2}))?)?", RegexOptions.CultureInvariant);

    public static Document Read(byte[] bytes, string name)
    {
        var html = DeclaredEncoding(bytes) is { } encoding ? DecodeAs(bytes, encoding, name) : TextDecoding.Decode(bytes, name);
        var page = new HtmlDocument();
        page.LoadHtml(html);

        var title = Clean(page.DocumentNode.SelectSingleNode("//title")?.InnerText)
            ?? Clean(page.DocumentNode.SelectSingleNode("//h1")?.InnerText);
        var date = MetaDate(page);
        var source = page.DocumentNode.SelectSingleNode("//link[@rel='canonical']")?.GetAttributeValue("href", null!);

        var root = page.DocumentNode.SelectSingleNode("//main") ?? page.DocumentNode.SelectSingleNode("//article")
            ?? page.DocumentNode.SelectSingleNode("//body") ?? page.DocumentNode;
        var lines = new List<string>();
        var current = new StringBuilder();
        Walk(root, lines, current);
        Flush(lines, current);
        var text = string.Join("\n\n", lines);
        if (text.Length == 0)
            throw new DocumentReadException(name, "has no readable text once scripts, styles and navigation are removed.");

        title ??= Path.GetFileNameWithoutExtension(name);
        return new Document(GraphIds.DocumentFromText(text), title, date, Clean(source), FormatDetection.Name(DocumentFormat.Html), text);
    }

    private static readonly Regex Charset = new(@"<meta[^>]+charset\s*=\s*[""']?(?<name>[A-Za-z0-9_.:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>Older pages declare Latin-1 or Windows-1252 in a meta tag; those are honoured, anything else is read as UTF-8.</summary>
    private static Encoding? DeclaredEncoding(byte[] bytes)
    {
        var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 4096));
        var m = Charset.Match(head);
        if (!m.Success) return null;
        var declared = m.Groups["name"].Value.ToLowerInvariant();
        return declared switch
        {
            "iso-8859-1" or "latin1" or "latin-1" or "windows-1252" or "cp1252" => Encoding.Latin1,
            _ => null,
        };
    }

    private static string DecodeAs(byte[] bytes, Encoding encoding, string name)
    {
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new DocumentReadException(name, $"is binary, not HTML (a NUL byte at offset {nul}).");
        return encoding.GetString(bytes).Replace("\r\n", "\n");
    }

    private static void Walk(HtmlNode node, List<string> lines, StringBuilder current)
    {
        foreach (var child in node.ChildNodes)
        {
            switch (child.NodeType)
            {
                case HtmlNodeType.Text:
                    current.Append(WebUtility.HtmlDecode(child.InnerText));
                    break;
                case HtmlNodeType.Element when Dropped.Contains(child.Name):
                    break;
                case HtmlNodeType.Element when Blocks.Contains(child.Name):
                    Flush(lines, current);
                    Walk(child, lines, current);
                    Flush(lines, current);
                    break;
                case HtmlNodeType.Element:
                    Walk(child, lines, current);
                    break;
            }
        }
    }

    private static void Flush(List<string> lines, StringBuilder current)
    {
        if (Clean(current.ToString()) is { } line) lines.Add(line);
        current.Clear();
    }

    private static EdtfDate? MetaDate(HtmlDocument page)
    {
        var metas = page.DocumentNode.SelectNodes("//meta") ?? Enumerable.Empty<HtmlNode>();
        foreach (var key in DateMeta)
        {
            foreach (var meta in metas)
            {
                var label = meta.GetAttributeValue("property", null!) ?? meta.GetAttributeValue("name", null!) ?? meta.GetAttributeValue("itemprop", null!);
                if (!string.Equals(label, key, StringComparison.OrdinalIgnoreCase)) continue;
                // A page's own date metadata is often sloppy; an unreadable one is ignored rather than failing the page.
                var m = LeadingDate.Match(meta.GetAttributeValue("content", "").Trim());
                if (!m.Success) continue;
                var edtf = string.Join("-", new[] { m.Groups[1], m.Groups[2], m.Groups[3] }.Where(g => g.Success).Select(g => g.Value));
                if (EdtfDate.TryParse(edtf, out var date)) return date;
            }
        }
        return null;
    }

    private static string? Clean(string? text)
    {
        if (text is null) return null;
        var collapsed = Regex.Replace(WebUtility.HtmlDecode(text), @"\s+", " ").Trim();
        return collapsed.Length == 0 ? null : collapsed;
    }
}
