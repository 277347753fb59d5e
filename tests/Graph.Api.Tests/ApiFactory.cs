using System.Net;
using System.Net.Http.Headers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>The API in process over a fresh temp data dir, seeded from the repository's seeds/texts on start.</summary>
public sealed class ApiFactory : WebApplicationFactory<Program>
{
    public const string Key = "test-key-7f3a";

    private readonly string _dataDir = Path.Combine(Path.GetTempPath(), "graph-api-tests", Guid.NewGuid().ToString("N"));
    private readonly string? _apiKey;
    private readonly Action<IServiceCollection>? _services;
    private readonly Dictionary<string, string?> _settings;

    public ApiFactory(string? apiKey = Key, Action<IServiceCollection>? services = null, Dictionary<string, string?>? settings = null)
    {
        _apiKey = apiKey;
        _services = services;
        _settings = settings ?? [];
    }

    public static string RepositoryRoot([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", ".."));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Graph:DataDir", _dataDir);
        builder.UseSetting("Graph:SeedDir", Path.Combine(RepositoryRoot(), "seeds", "texts"));
        builder.UseSetting("Graph:ApiKey", _apiKey ?? "");
        foreach (var (key, value) in _settings) builder.UseSetting(key, value);
        if (_services is not null) builder.ConfigureTestServices(_services);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }

    /// <summary>POSTs a query; returns the status and the parsed body.</summary>
    public async Task<Response> PostAsync(string query, object? variables = null, string? apiKey = null, string? operationName = null,
        string accept = "application/graphql-response+json")
    {
        var body = JsonSerializer.Serialize(new { query, variables, operationName });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));
        if (apiKey is not null) request.Headers.Add("X-Api-Key", apiKey);
        return await SendAsync(request);
    }

    public async Task<Response> SendAsync(HttpRequestMessage request)
    {
        using var client = CreateClient();
        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        JsonNode? json = null;
        try { json = text.Length > 0 ? JsonNode.Parse(text) : null; } catch (JsonException) { }
        return new Response(response.StatusCode, response.Content.Headers.ContentType?.MediaType, text, json);
    }

    /// <summary>The data of a query that must succeed: fails the test with the errors otherwise.</summary>
    public async Task<JsonNode> DataAsync(string query, object? variables = null)
    {
        var r = await PostAsync(query, variables);
        Assert.True(r.Status == HttpStatusCode.OK && r.Json?["errors"] is null, $"{r.Status}: {r.Text}");
        return r.Json!["data"]!;
    }
}

public sealed record Response(HttpStatusCode Status, string? MediaType, string Text, JsonNode? Json)
{
    public string? Code => Json?["errors"]?[0]?["extensions"]?["code"]?.GetValue<string>();
    public string? Message => Json?["errors"]?[0]?["message"]?.GetValue<string>();
}

/// <summary>One seeded API shared by a read-only test class (seeding takes a while; reading changes nothing).</summary>
public sealed class SeededApi : IDisposable
{
    public ApiFactory Api { get; } = new();

    public SeededApi() => Api.CreateClient().Dispose(); // starts the host, which seeds

    public void Dispose() => Api.Dispose();
}

internal static class JsonAssert
{
    /// <summary>Compares JSON by structure, so expected values read as JSON next to the query.</summary>
    public static void Equal(string expected, JsonNode? actual) =>
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual),
            $"expected {JsonNode.Parse(expected)!.ToJsonString()}\n  actual {actual?.ToJsonString()}");
}
