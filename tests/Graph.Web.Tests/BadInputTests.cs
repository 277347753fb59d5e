namespace Graph.Web.Tests;

/// <summary>What a reader sees when something is wrong: a message in the page, never a blank screen.</summary>
[Collection(BrowserCollection.Name)]
public sealed class BadInputTests(BrowserFixture fixture)
{
    [BrowserFact]
    public async Task Unknown_id_in_the_url_is_named_in_the_page()
    {
        await using var page = await fixture.NewPageAsync();
        await page.NavigateAsync(fixture.Server.Url("index.html?e=person:nobody-at-all"));
        await page.WaitForAsync("document.getElementById('network-status').textContent.includes('person:nobody-at-all')", "the network to name the unknown id");
        await page.WaitForAsync("document.getElementById('evidence-status').textContent.includes('person:nobody-at-all')", "the evidence panel to name the unknown id");
        Assert.Contains("Search", await page.TextAsync("document.getElementById('network-status').textContent"));
        Assert.Equal("true", await page.TextAsync("String(!document.getElementById('search').disabled)"));
    }

    [BrowserFact]
    public async Task An_unreachable_api_is_reported_instead_of_a_blank_page()
    {
        await using var page = await fixture.NewPageAsync();
        // Every GraphQL request fails at the network level, as with the API stopped after the page loaded.
        page.On("Fetch.requestPaused", e => _ = page.SendAsync("Fetch.failRequest", new { requestId = e.GetProperty("requestId").GetString(), errorReason = "ConnectionRefused" }));
        await page.SendAsync("Fetch.enable", new { patterns = new[] { new { urlPattern = "*/graphql" } } });
        await page.NavigateAsync(fixture.Server.Url("index.html?e=person:hugo-chavez"));
        await page.WaitForAsync("document.getElementById('messages').textContent.includes('cannot be reached')", "the unreachable API message");
        Assert.False(await page.EvalAsync("document.getElementById('messages').hidden") is { } hidden && hidden.GetValue<bool>());
    }

    [BrowserFact]
    public async Task A_silent_api_times_out_with_a_message()
    {
        await using var page = await fixture.NewPageAsync();
        // GraphQL requests are held and never answered, as with an API stuck on a long query.
        page.On("Fetch.requestPaused", _ => { });
        await page.SendAsync("Fetch.enable", new { patterns = new[] { new { urlPattern = "*/graphql" } } });
        await page.NavigateAsync(fixture.Server.Url("index.html?e=person:hugo-chavez"));
        await page.WaitForAsync("document.getElementById('messages').textContent.includes('did not answer within')", "the timeout message", TimeSpan.FromSeconds(30));
    }

    [BrowserFact]
    public async Task A_wrong_api_key_is_refused_with_the_apis_message()
    {
        await using var page = await fixture.NewPageAsync();
        await page.NavigateAsync(fixture.Server.Url("index.html?e=person:hugo-chavez"));
        await page.WaitForAsync("document.querySelector('#evidence h2')", "the entity");
        await page.ClickAsync("document.getElementById('api-key')");
        await page.TypeAsync("not-the-key");
        await page.PressAsync("Enter");
        await page.WaitForAsync("document.getElementById('edit-name')", "the curation form once a key is set");
        await page.EvalAsync("(() => { document.getElementById('edit-description').value = 'changed by a wrong key'; })()");
        await page.ClickAsync("document.querySelector('.curation form button[type=submit]')");
        await page.WaitForAsync("document.querySelector('.curation .form-status.error')?.textContent.includes('API key refused')", "the refused key message");
        Assert.Contains("X-Api-Key", await page.TextAsync("document.querySelector('.curation .form-status').textContent"));
    }

    [BrowserFact]
    public async Task Ingest_shows_the_apis_error_and_keeps_the_text()
    {
        await using var page = await fixture.NewPageAsync();
        await page.NavigateAsync(fixture.Server.Url("index.html"));
        await page.EvalAsync($"sessionStorage.setItem('graph-explorer.apiKey', '{ExplorerServer.ApiKey}')");
        await page.ClickAsync("document.getElementById('open-ingest')");
        await page.ClickAsync("document.getElementById('ingest-title')");
        await page.TypeAsync("Bad date");
        await page.ClickAsync("document.getElementById('ingest-date')");
        await page.TypeAsync("not a date");
        await page.ClickAsync("document.getElementById('ingest-text')");
        await page.TypeAsync("Hugo Chávez met Marta Harnecker in Caracas.");
        await page.ClickAsync("document.querySelector('#ingest-form button[type=submit]')");
        await page.WaitForAsync("document.querySelector('#ingest-form .form-status.error')?.textContent.startsWith('Not stored')", "the ingest error");
        Assert.Contains("not a date", await page.TextAsync("document.querySelector('#ingest-form .form-status').textContent"));
        Assert.Equal("Hugo Chávez met Marta Harnecker in Caracas.", await page.TextAsync("document.getElementById('ingest-text').value"));
        Assert.Equal("", await page.TextAsync("document.getElementById('ingest-result').textContent"));
    }
}
