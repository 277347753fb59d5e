namespace Graph.Web.Tests;

/// <summary>Ingest and curation from the page, with the right key.</summary>
[Collection(WritingBrowserCollection.Name)]
public sealed class WritingTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task A_curator_accepts_a_relation_and_the_panel_shows_it()
    {
        await using var page = await fixture.NewPageAsync();
        await page.NavigateAsync(fixture.Server.Url("index.html?e=person:hugo-chavez&view=table"));
        await page.EvalAsync($"sessionStorage.setItem('graph-explorer.apiKey', '{ExplorerServer.ApiKey}')");
        await page.WaitForAsync("document.querySelector('#network-edges')", "the network's table");
        await page.ClickAsync("[...document.querySelectorAll('#network-edges tbody tr')].find(r => r.cells[1].textContent.startsWith('Leads')).cells[1].querySelector('button')");
        await page.WaitForAsync("[...document.querySelectorAll('.curation button')].some(b => b.textContent === 'Accept')", "the review buttons");
        await page.ClickAsync("document.getElementById('curation-note')");
        await page.TypeAsync("checked against the source");
        await page.ClickAsync("[...document.querySelectorAll('.curation button')].find(b => b.textContent === 'Accept')");
        await page.WaitForAsync("document.querySelector('#evidence')?.textContent.includes('Accepted') && document.querySelector('#evidence').textContent.includes('checked against the source')",
            "the relation shown as accepted with its note");
        Assert.Equal("true", await page.TextAsync("[...document.querySelectorAll('.curation button')].find(b => b.textContent === 'Accept').getAttribute('aria-pressed')"));
    }

    [BrowserFact]
    public async Task A_curator_merges_a_duplicate_found_by_search()
    {
        await using var page = await fixture.NewPageAsync();
        page.On("Page.javascriptDialogOpening", e => _ = page.SendAsync("Page.handleJavaScriptDialog", new { accept = true }));
        await page.NavigateAsync(fixture.Server.Url("index.html?e=movement:social-movements&view=table"));
        await page.EvalAsync($"sessionStorage.setItem('graph-explorer.apiKey', '{ExplorerServer.ApiKey}')");
        await page.NavigateAsync(fixture.Server.Url("index.html?e=movement:social-movements&view=table"));
        await page.WaitForAsync("document.getElementById('merge-search')", "the merge control");

        await page.ClickAsync("document.getElementById('merge-search')");
        // "popular movements" is annotated in the seeds' gold (seeds-03), so the duplicate does not hang on an extraction quirk.
        await page.TypeAsync("popular mov");
        await page.WaitForAsync("document.querySelector('#merge-suggestions [aria-selected=true]')?.textContent.includes('popular movements')", "the duplicate suggested");
        await page.PressAsync("Enter");
        await page.ClickAsync("[...document.querySelectorAll('.curation button')].find(b => b.textContent.startsWith('Merge'))");
        await page.WaitForAsync("document.getElementById('messages').textContent.startsWith('Merged') || document.querySelector('.curation .form-status.error')", "the merge to finish");
        Assert.Equal("Merged “popular movements” into “social movements”.", await page.TextAsync("document.getElementById('messages').textContent"));
        var after = await page.TextAsync("""
            fetch('graphql', { method: 'POST', headers: { 'Content-Type': 'application/json' },
              body: JSON.stringify({ query: '{ entity(id: "movement:popular-movements") { key } }' }) }).then(r => r.text())
            """);
        Assert.True(after.Contains("NOT_FOUND") || after.Contains("movement:social-movements"), $"the duplicate is still there after the merge: {after}");
    }

    [BrowserFact]
    public async Task A_pasted_text_is_stored_and_the_page_lands_on_what_was_extracted()
    {
        await using var page = await fixture.NewPageAsync();
        await page.NavigateAsync(fixture.Server.Url("index.html"));
        await page.EvalAsync($"sessionStorage.setItem('graph-explorer.apiKey', '{ExplorerServer.ApiKey}')");
        await page.ClickAsync("document.getElementById('open-ingest')");
        await page.ClickAsync("document.getElementById('ingest-title')");
        await page.TypeAsync("Browser test note");
        await page.ClickAsync("document.getElementById('ingest-date')");
        await page.TypeAsync("2003-05");
        await page.ClickAsync("document.getElementById('ingest-text')");
        await page.TypeAsync("In May 2003 Marta Harnecker interviewed Hugo Chávez in Caracas, Venezuela, about the Bolivarian Revolution.");
        await page.ClickAsync("document.querySelector('#ingest-form button[type=submit]')");
        await page.WaitForAsync("[...document.querySelectorAll('#ingest-result li button')].some(b => b.textContent === 'Marta Harnecker')", "the extracted entities",
            TimeSpan.FromSeconds(60));

        await page.ClickAsync("[...document.querySelectorAll('#ingest-result li button')].find(b => b.textContent === 'Marta Harnecker')");
        await page.WaitForAsync("new URLSearchParams(location.search).get('e') === 'person:marta-harnecker'", "the landing on Harnecker");
        await page.WaitForAsync("document.querySelector('#evidence h2')?.textContent.includes('Marta Harnecker')", "Harnecker in the evidence panel");
        Assert.False((await page.EvalAsync("document.getElementById('ingest-dialog').open"))!.GetValue<bool>());
    }
}
