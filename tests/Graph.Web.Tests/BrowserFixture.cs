using Graph.Web.Tests.Browser;

namespace Graph.Web.Tests;

/// <summary>One seeded API and one chromium for the whole collection; each test opens its own tab.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private Chromium? _browser;

    public ExplorerServer Server { get; } = new();

    public async Task InitializeAsync()
    {
        if (Chromium.Find() is null) return;
        Server.StartServer();
        // Seeding runs before the host listens, so the first answer means the seeded graph is there.
        using var client = new HttpClient();
        (await client.GetAsync(Server.Url("healthz"))).EnsureSuccessStatusCode();
        _browser = await Chromium.LaunchAsync();
    }

    internal Task<CdpPage> NewPageAsync() =>
        (_browser ?? throw new InvalidOperationException("No chromium: the test should have been skipped.")).NewPageAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>Tests that change the graph get their own seeded API, so the read-only scenario sees the seeds alone.</summary>
[CollectionDefinition(Name)]
public sealed class WritingBrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser, writing";
}

/// <summary>A fact that is skipped, saying why, on machines without chromium.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (Chromium.Find() is null)
            Skip = "No chromium found (CHROMIUM_PATH, /usr/bin/chromium): install it (apt-get install -y chromium) to run the browser tests.";
    }
}
