using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Graph.Web.Tests;

/// <summary>
/// The real API on Kestrel at a free 127.0.0.1 port, over a fresh temp data dir seeded from seeds/texts; its
/// static files come from src/Graph.Api/wwwroot, i.e. the committed build of the explorer.
/// </summary>
public sealed class ExplorerServer : WebApplicationFactory<Program>
{
    public const string ApiKey = "web-test-key-41c9";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "graph-web-tests", Guid.NewGuid().ToString("N"));

    public ExplorerServer()
    {
        Port = FreePort();
        UseKestrel(o => o.Listen(IPAddress.Loopback, Port));
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}/{path.TrimStart('/')}";

    public static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:DataDir", _dataDir);
        builder.UseSetting("Graph:SeedDir", Path.Combine(RepositoryRoot(), "seeds", "texts"));
        builder.UseSetting("Graph:ApiKey", ApiKey);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
