using System.Collections.Concurrent;

namespace Graph.Web.Tests.Browser;

/// <summary>Bytes on the wire per response (headers and body as sent, after any compression), cache off.</summary>
internal sealed class PageWeight
{
    private readonly ConcurrentDictionary<string, string> _urls = new();
    private readonly ConcurrentDictionary<string, long> _bytes = new();

    public static async Task<PageWeight> TrackAsync(CdpPage page)
    {
        var weight = new PageWeight();
        page.On("Network.responseReceived", e => weight._urls[e.GetProperty("requestId").GetString()!] = e.GetProperty("response").GetProperty("url").GetString()!);
        page.On("Network.loadingFinished", e => weight._bytes[e.GetProperty("requestId").GetString()!] = (long)e.GetProperty("encodedDataLength").GetDouble());
        await page.SendAsync("Network.enable");
        await page.SendAsync("Network.setCacheDisabled", new { cacheDisabled = true });
        return weight;
    }

    public long TotalBytes => _bytes.Values.Sum();

    public string Describe(string when)
    {
        var rows = _bytes.Select(b => (Url: _urls.GetValueOrDefault(b.Key, b.Key), Bytes: b.Value)).ToList();
        var assets = rows.Where(r => !r.Url.EndsWith("/graphql", StringComparison.Ordinal)).ToList();
        var api = rows.Except(assets).ToList();
        return $"Page weight, {when}: {Kb(rows.Sum(r => r.Bytes))} KB in {rows.Count} responses — static {Kb(assets.Sum(r => r.Bytes))} KB "
            + $"({string.Join(", ", assets.Select(a => $"{new Uri(a.Url).AbsolutePath} {Kb(a.Bytes)} KB"))}), GraphQL {Kb(api.Sum(r => r.Bytes))} KB in {api.Count} responses.";
    }

    private static string Kb(long bytes) => (bytes / 1024.0).ToString("F1", System.Globalization.CultureInfo.InvariantCulture);
}
