using System.Runtime.CompilerServices;
using System.Text.Json;
using Graph.Web.Tests.Browser;
using Xunit.Abstractions;

namespace Graph.Web.Tests;

/// <summary>The issue's scenario over the seeded graph, as a reader would do it: keyboard search, then look.</summary>
[Collection(BrowserCollection.Name)]
public sealed class ExplorerScenarioTests(BrowserFixture fixture, ITestOutputHelper output)
{
    private const string Page = "index.html";

    [BrowserFact]
    public async Task Search_select_network_timeline_evidence_and_period()
    {
        await using var page = await fixture.NewPageAsync();
        var weight = await PageWeight.TrackAsync(page);
        await page.NavigateAsync(fixture.Server.Url(Page));
        await page.WaitForAsync("document.querySelectorAll('#entity-type-filters input').length > 0", "the filters built from the API's types");
        output.WriteLine(weight.Describe("first load, nothing selected"));

        // Search as you type, accent and all, then pick with the keyboard.
        await page.ClickAsync("document.getElementById('search')");
        await page.TypeAsync("Chávez");
        await page.WaitForAsync("[...document.querySelectorAll('#suggestions [role=option]')].some(o => o.textContent.includes('Hugo Chávez'))", "a suggestion for Hugo Chávez");
        for (var i = 0; i < 10 && !(await page.TextAsync("document.querySelector('#suggestions [aria-selected=true]')?.textContent ?? ''")).Contains("Hugo Chávez"); i++)
            await page.PressAsync("ArrowDown");
        await page.PressAsync("Enter");

        await page.WaitForAsync("new URLSearchParams(location.search).get('e') === 'person:hugo-chavez'", "the URL to hold the selection");
        await page.WaitForAsync("document.querySelector('#network-nodes')?.textContent.includes('Marta Harnecker')", "Marta Harnecker in the network");
        await page.WaitForAsync("[...document.querySelectorAll('#timeline .vis-item')].some(i => /April 2002/.test(i.textContent) && /coup/i.test(i.textContent))", "the April 2002 coup on the timeline");
        await page.WaitForAsync("document.querySelector('#evidence h2')?.textContent.includes('Hugo Chávez')", "Chávez in the evidence panel");

        // The timeline's coup of 11 April 2002: clicking it shows the sentence behind it, the mention marked.
        await page.ClickAsync("[...document.querySelectorAll('#timeline .vis-item')].find(i => i.textContent.includes('11 April 2002'))");
        await page.WaitForAsync("new URLSearchParams(location.search).get('ev')?.startsWith('event:coup')", "the event selected in the URL");
        await page.WaitForAsync("/coup/i.test(document.querySelector('#evidence h2')?.textContent) && document.querySelector('#evidence')?.textContent.includes('11 April 2002')", "the event in the evidence panel");
        await page.WaitForAsync("[...document.querySelectorAll('#evidence blockquote')].some(q => q.textContent.includes('Chávez recounts the events of the failed coup') && q.querySelector('mark'))",
            "the sentence with the mention highlighted");
        var marks = await page.TextAsync("[...document.querySelectorAll('#evidence blockquote')].filter(q => q.textContent.includes('recounts')).map(q => q.querySelector('mark').textContent).join('|')");
        Assert.Contains(marks.Split('|'), m => m.Contains("coup", StringComparison.OrdinalIgnoreCase));
        var documentLink = await page.TextAsync("document.querySelector('#evidence ol.evidence a')?.textContent ?? ''");
        Assert.Equal("Hugo Chávez on the Failed Coup", documentLink);
        await page.EvalAsync("window.scrollTo(0, 0)");
        await page.ScreenshotAsync(ArtefactPath("explorer.png"));

        // The document behind the sentence, every mention highlighted; closing it takes it out of the URL.
        await page.ClickAsync("document.querySelector('#evidence ol.evidence a')");
        await page.WaitForAsync("document.getElementById('document-dialog').open && document.querySelectorAll('#document-dialog mark').length > 3", "the document with its mentions");
        Assert.Equal("seeds-04", await page.TextAsync("new URLSearchParams(location.search).get('doc')"));
        await page.PressAsync("Escape");
        await page.WaitForAsync("!document.getElementById('document-dialog').open && !new URLSearchParams(location.search).has('doc')", "the document closed");

        // The text alternative: the same network as a table, whose rows select like the drawing does.
        await page.ClickAsync("document.getElementById('show-table')");
        await page.WaitForAsync("!document.getElementById('network-table').hidden && new URLSearchParams(location.search).get('view') === 'table'", "the table view");
        await page.ClickAsync("[...document.querySelectorAll('#network-edges tbody tr')].find(r => r.cells[1].textContent === 'Interviewed').cells[1].querySelector('button')");
        await page.WaitForAsync("new URLSearchParams(location.search).get('rel') && document.querySelector('#evidence h2')?.textContent.includes('Interviewed')", "the relation in the evidence panel");
        await page.WaitForAsync("document.querySelector('#evidence blockquote mark')", "the relation's evidence sentence");

        // Expanding a neighbour (the table's button; a double-click on the drawing does the same) adds its own neighbours.
        var nodesBefore = await NodeCountAsync(page);
        await page.ClickAsync("document.querySelector('#network-nodes button[aria-label=\"Expand Marta Harnecker\"]')");
        await page.WaitForAsync("new URLSearchParams(location.search).get('x') === 'person:marta-harnecker'", "the expanded node in the URL");
        await page.WaitForAsync($"document.querySelectorAll('#network-nodes tbody tr').length > {nodesBefore}", "Harnecker's neighbours to join the network");

        // The period slider: as of 1990–2001, the 2002 and 2005 edges leave the network.
        var before = await EdgeYearsAsync(page);
        Assert.True(before.Any(y => y >= 2002), $"the network before the period has edges from 2002 on; it has edges starting in [{string.Join(", ", before)}]");
        await page.ClickAsync("document.querySelector('#filters [name=period]')");
        await page.EvalAsync("(() => { const r = document.querySelector('#filters [name=to-range]'); r.value = '2001'; r.dispatchEvent(new Event('input', { bubbles: true })); })()");
        await page.WaitForAsync("new URLSearchParams(location.search).get('to') === '2001'", "the period in the URL");
        await page.WaitForAsync("![...document.querySelectorAll('#network-edges tbody tr')].some(r => Number((r.cells[3].textContent.match(/\\d{4}/) ?? ['0'])[0]) > 2001)", "the later edges to leave");
        var after = await EdgeYearsAsync(page);
        Assert.All(after, y => Assert.True(y <= 2001, $"an edge starting in {y} is still shown for 1990–2001"));
        Assert.True(await EdgeCountAsync(page) > 0, "the undated and earlier edges stay");
        await page.ScreenshotAsync(ArtefactPath("explorer-period.png"));

        // The state is shareable: the same URL in a new tab shows the same selection and period.
        var shared = await page.TextAsync("location.href");
        await using var second = await fixture.NewPageAsync();
        await second.NavigateAsync(shared);
        await second.WaitForAsync("document.querySelector('#filters [name=to-year]').value === '2001' && document.querySelector('#filters [name=period]').checked", "the period restored from the URL");
        var selected = await page.TextAsync("document.querySelector('#evidence h2').textContent");
        await second.WaitForAsync($"document.querySelector('#evidence h2')?.textContent === {System.Text.Json.JsonSerializer.Serialize(selected)} && document.querySelector('#evidence blockquote mark')",
            "the selected relation and its evidence restored from the URL");
        await second.WaitForAsync("!document.getElementById('network-table').hidden", "the table view restored from the URL");

        Assert.Empty(page.Errors);
        output.WriteLine(weight.Describe("through the whole scenario"));
    }

    /// <summary>A shared link's first load: page, scripts, styles and the queries that fill the three views.</summary>
    [BrowserFact]
    public async Task First_load_of_a_shared_link_stays_within_its_weight_budget()
    {
        await using var page = await fixture.NewPageAsync();
        var weight = await PageWeight.TrackAsync(page);
        await page.NavigateAsync(fixture.Server.Url(Page + "?e=person:hugo-chavez"));
        await page.WaitForAsync("document.querySelector('#network-nodes') && document.querySelectorAll('#timeline .vis-item').length > 0 && document.querySelector('#evidence blockquote')",
            "the network, timeline and evidence");
        await Task.Delay(500); // the last responses' loadingFinished events
        var report = weight.Describe("first load of ?e=person:hugo-chavez, cache disabled");
        output.WriteLine(report);
        await File.WriteAllTextAsync(ArtefactPath("page-weight.txt"), report + "\n");
        // Cytoscape.js and vis-timeline are most of it; 1.3 MB uncompressed leaves room for our own code, not for a third library.
        Assert.True(weight.TotalBytes < 1300 * 1024, report);
        Assert.Empty(page.Errors);
    }

    [BrowserFact]
    public async Task Export_links_download_the_network_and_timeline_on_screen()
    {
        await using var page = await fixture.NewPageAsync();
        await page.NavigateAsync(fixture.Server.Url(Page + "?e=person:hugo-chavez&co=0"));
        await page.WaitForAsync("document.querySelector('#network-nodes')?.textContent.includes('Marta Harnecker')", "the network");
        await page.WaitForAsync("document.querySelectorAll('#timeline .vis-item').length > 0", "the timeline");

        // Same origin, same filters as the views: co-occurrence off leaves MENTIONED_WITH out of the download too.
        var download = "(id) => fetch(document.getElementById(id).href).then(async r => r.status + ' ' + await r.text())";
        var gexf = await page.TextAsync($"({download})('export-gexf')");
        Assert.StartsWith("200 ", gexf);
        Assert.Contains("<gexf", gexf);
        Assert.Contains("Marta Harnecker", gexf);
        Assert.Contains("\"INTERVIEWED\"", gexf);
        Assert.DoesNotContain("\"MENTIONED_WITH\"", gexf);
        var graphml = await page.TextAsync($"({download})('export-graphml')");
        Assert.StartsWith("200 ", graphml);
        Assert.Contains("<graphml", graphml);
        var timelineJs = await page.TextAsync($"({download})('export-timelinejs')");
        Assert.StartsWith("200 ", timelineJs);
        using var json = JsonDocument.Parse(timelineJs[4..]);
        Assert.Contains(json.RootElement.GetProperty("events").EnumerateArray(),
            e => e.GetProperty("text").GetProperty("headline").GetString()!.Contains("coup", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The year each dated edge starts in ("1999–2013" starts in 1999 and overlaps 1990–2001).</summary>
    private static async Task<int[]> EdgeYearsAsync(CdpPage page)
    {
        var json = await page.TextAsync("JSON.stringify([...document.querySelectorAll('#network-edges tbody tr')].map(r => r.cells[3].textContent))");
        return JsonSerializer.Deserialize<string[]>(json)!
            .Select(d => System.Text.RegularExpressions.Regex.Match(d, @"\d{4}"))
            .Where(m => m.Success).Select(m => int.Parse(m.Value)).ToArray();
    }

    private static async Task<int> NodeCountAsync(CdpPage page) =>
        (await page.EvalAsync("document.querySelectorAll('#network-nodes tbody tr').length"))!.GetValue<int>();

    private static async Task<int> EdgeCountAsync(CdpPage page) =>
        (await page.EvalAsync("document.querySelectorAll('#network-edges tbody tr').length"))!.GetValue<int>();

    internal static string ArtefactPath(string name, [CallerFilePath] string here = "")
    {
        // TestResults/ is ignored by git, so a fresh clone does not have it.
        var folder = Path.Combine(Path.GetDirectoryName(here)!, "TestResults");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }
}
