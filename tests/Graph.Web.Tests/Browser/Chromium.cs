using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Graph.Web.Tests.Browser;

/// <summary>
/// A headless chromium with a fresh profile, driven over the DevTools protocol. The system browser is used
/// (CHROMIUM_PATH, else /usr/bin/chromium) because browser downloads are not available where the tests run.
/// </summary>
internal sealed partial class Chromium : IAsyncDisposable
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    private readonly Process _process;
    private readonly string _profile;
    private readonly Uri _http;
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(10) };

    private Chromium(Process process, string profile, Uri http) => (_process, _profile, _http) = (process, profile, http);

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable("CHROMIUM_PATH");
        if (!string.IsNullOrEmpty(configured)) return File.Exists(configured) ? configured : null;
        return Candidates.FirstOrDefault(File.Exists);
    }

    public static async Task<Chromium> LaunchAsync()
    {
        var path = Find() ?? throw new InvalidOperationException("No chromium found; set CHROMIUM_PATH or install the chromium package.");
        var profile = Path.Combine(Path.GetTempPath(), "graph-web-tests-profile-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(path) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var arg in new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                     "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                     "--remote-debugging-port=0", "--window-size=1400,1000", $"--user-data-dir={profile}", "about:blank" })
            start.ArgumentList.Add(arg);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{path} did not start.");
        // Drained so a chatty browser never blocks on a full pipe.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);

        // Chromium prints the DevTools address on stderr once it listens.
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var seen = new List<string>();
        while (true)
        {
            var line = await process.StandardError.ReadLineAsync(timeout.Token)
                ?? throw new InvalidOperationException($"{path} exited before listening: {string.Join(" | ", seen)}");
            seen.Add(line);
            var match = DevToolsLine().Match(line);
            if (!match.Success) continue;
            _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
            return new Chromium(process, profile, new Uri($"http://127.0.0.1:{match.Groups[1].Value}/"));
        }
    }

    /// <summary>A new tab with its own DevTools connection.</summary>
    public async Task<CdpPage> NewPageAsync()
    {
        using var response = await _client.PutAsync(new Uri(_http, "json/new?about:blank"), null);
        response.EnsureSuccessStatusCode();
        var target = await response.Content.ReadFromJsonAsync<JsonElement>();
        return await CdpPage.ConnectAsync(new Uri(target.GetProperty("webSocketDebuggerUrl").GetString()!), target.GetProperty("id").GetString()!, this);
    }

    internal async Task CloseTargetAsync(string id)
    {
        try { using var _ = await _client.GetAsync(new Uri(_http, $"json/close/{id}")); } catch (HttpRequestException) { }
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        try { if (!_process.HasExited) { _process.Kill(entireProcessTree: true); await _process.WaitForExitAsync(); } } catch (InvalidOperationException) { }
        _process.Dispose();
        try { Directory.Delete(_profile, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    [GeneratedRegex(@"DevTools listening on ws://[^:]+:(\d+)/")]
    private static partial Regex DevToolsLine();
}
