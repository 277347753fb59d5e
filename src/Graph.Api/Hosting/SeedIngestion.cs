using Graph.Api.Ingestion;
using Graph.Core.Store;
using Graph.Ingest;
using Microsoft.Extensions.Options;

namespace Graph.Api.Hosting;

/// <summary>
/// On a fresh store (no documents), ingests the seed texts before the server accepts requests, so the first
/// query already sees the seeded graph. A store with documents is left as it is: restarts do not re-ingest.
/// </summary>
internal sealed class SeedIngestion(
    IGraphReader reader, DocumentIngestor ingestor, IOptions<GraphApiOptions> options,
    IHostEnvironment environment, ILogger<SeedIngestion> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var stats = await reader.GetStatsAsync(cancellationToken);
        if (stats.Documents > 0)
        {
            logger.LogInformation("The store holds {Documents} documents; seeding skipped", stats.Documents);
            return;
        }
        var dir = SeedDirectory();
        if (dir is null)
        {
            logger.LogWarning("No seed texts found: set Graph:SeedDir to a folder of .txt/.md/.html/.pdf files to seed an empty store");
            return;
        }
        var files = Directory.EnumerateFiles(dir).Where(DocumentReader.HasKnownExtension).Order(StringComparer.Ordinal).ToArray();
        logger.LogInformation("Seeding an empty store from {SeedDir} ({Count} files)", dir, files.Length);
        var failed = 0;
        for (var i = 0; i < files.Length; i++)
        {
            var started = System.Diagnostics.Stopwatch.GetTimestamp();
            try
            {
                var (graph, result) = await ingestor.IngestFileAsync(files[i], cancellationToken);
                logger.LogInformation("Seed {Index}/{Count} {File}: {Entities} entities, {Relations} relations, {Mentions} mentions in {ElapsedMs:F0} ms",
                    i + 1, files.Length, Path.GetFileName(files[i]), result.Entities, result.Relations, result.Mentions,
                    System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
            catch (Exception e) when (e is DocumentReadException or Core.Schema.GraphValidationException)
            {
                // One bad file must not keep the others out; the message names the file and the fix.
                failed++;
                logger.LogError("Seed {Index}/{Count} {File} skipped: {Reason}", i + 1, files.Length, Path.GetFileName(files[i]), e.Message);
            }
        }
        logger.LogInformation("Seeding done: {Ingested} of {Count} files ingested", files.Length - failed, files.Length);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private string? SeedDirectory()
    {
        var configured = options.Value.SeedDir;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            var full = Path.GetFullPath(Path.Combine(environment.ContentRootPath, configured));
            if (!Directory.Exists(full))
                throw new DirectoryNotFoundException($"Graph:SeedDir is '{configured}', but {full} does not exist; fix the setting or remove it.");
            return full;
        }
        // A fresh clone runs from src/Graph.Api: the repository's seeds/texts is a few levels up.
        for (var dir = new DirectoryInfo(environment.ContentRootPath); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "seeds", "texts");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
