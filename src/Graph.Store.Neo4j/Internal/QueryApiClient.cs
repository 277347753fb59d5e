using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Polly;
using Polly.Retry;

namespace Graph.Store.Neo4j.Internal;

/// <summary>
/// Neo4j's HTTP Query API: auto-commit reads on POST /db/{db}/query/v2 (accessMode Read, so a cluster may route
/// them to a follower), and explicit transactions under /query/v2/tx for writes. A Neo.TransientError retries the
/// whole read or the whole transaction (every unit of work here is idempotent), with exponential backoff.
/// </summary>
internal sealed class QueryApiClient
{
    public const string JsonMediaType = "application/json";
    public const string TypedMediaType = "application/vnd.neo4j.query";
    public const string AffinityHeader = "neo4j-cluster-affinity";

    private readonly HttpClient _http;
    private readonly ResiliencePipeline _retry;

    public QueryApiClient(HttpClient http, Neo4jOptions options, TimeSpan retryDelay, int retries = 4)
    {
        _http = http;
        Options = options;
        Endpoint = options.QueryEndpoint();
        _retry = new ResiliencePipelineBuilder()
            .AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = new PredicateBuilder().Handle<Neo4jTransientException>(),
                MaxRetryAttempts = retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = retryDelay > TimeSpan.Zero,
                Delay = retryDelay,
            })
            .Build();
    }

    public Neo4jOptions Options { get; }
    public Uri Endpoint { get; }

    public Task<QueryResult> ReadAsync(Statement statement, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => (await SendAsync(HttpMethod.Post, Endpoint, statement, readOnly: true, null, statement.Operation, false, ct)).Result,
            cancellationToken).AsTask();

    /// <summary>Schema commands: auto-commit, write mode (they cannot share a transaction with data writes).</summary>
    public Task<QueryResult> RunAutoCommitAsync(Statement statement, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct => (await SendAsync(HttpMethod.Post, Endpoint, statement, readOnly: false, null, statement.Operation, false, ct)).Result,
            cancellationToken).AsTask();

    /// <summary>
    /// Runs <paramref name="work"/> in one explicit transaction: committed when it returns, rolled back (DELETE) when
    /// anything fails, so that nothing of the unit is left half-applied.
    /// </summary>
    public Task<T> InTransactionAsync<T>(string unit, Func<Neo4jTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        _retry.ExecuteAsync(async ct =>
        {
            var tx = new Neo4jTransaction(this, unit, ct);
            try
            {
                var result = await work(tx);
                await tx.CommitAsync();
                return result;
            }
            catch
            {
                await tx.RollbackAsync();
                throw;
            }
        }, cancellationToken).AsTask();

    internal sealed record Response(QueryResult Result, JsonElement Root, string? Affinity);

    internal async Task<Response> SendAsync(HttpMethod method, Uri uri, Statement? statement, bool readOnly, string? affinity,
        string operation, bool inTransaction, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, uri);
        if (method != HttpMethod.Delete)
        {
            request.Content = new ByteArrayContent(ParameterJson.Body(statement, readOnly));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(JsonMediaType); // UTF-8 is JSON's only encoding
        }
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(JsonMediaType));
        request.Headers.Authorization = string.IsNullOrEmpty(Options.BearerToken)
            ? new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Options.User}:{Options.Password}")))
            : new AuthenticationHeaderValue("Bearer", Options.BearerToken);
        if (affinity is not null) request.Headers.TryAddWithoutValidation(AffinityHeader, affinity);

        HttpResponseMessage response;
        string body;
        try
        {
            response = await _http.SendAsync(request, ct);
            body = await response.Content.ReadAsStringAsync(ct);
        }
        catch (HttpRequestException e)
        {
            throw ErrorMapping.Unreachable(Options, operation, e);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            throw ErrorMapping.Unreachable(Options, operation, e);
        }
        using (response)
        {
            var newAffinity = response.Headers.TryGetValues(AffinityHeader, out var values) ? values.FirstOrDefault() : null;
            JsonElement root = default;
            if (body.Length > 0)
            {
                try { root = JsonDocument.Parse(body).RootElement; }
                catch (JsonException)
                {
                    if (response.IsSuccessStatusCode) throw ErrorMapping.Unreadable(Options, operation, response.StatusCode, body);
                    throw ErrorMapping.FromServer(Options, operation, response.StatusCode, null, null, inTransaction);
                }
            }
            // Errors first: a 202 may carry them after rows it had already streamed, and those rows must not be used.
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors)
                && errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                var first = errors[0];
                throw ErrorMapping.FromServer(Options, operation, response.StatusCode,
                    first.TryGetProperty("code", out var c) ? c.GetString() : null,
                    first.TryGetProperty("message", out var m) ? m.GetString() : null, inTransaction);
            }
            if (!response.IsSuccessStatusCode)
                throw ErrorMapping.FromServer(Options, operation, response.StatusCode, null, null, inTransaction);
            var typed = response.Content.Headers.ContentType?.MediaType?.StartsWith(TypedMediaType, StringComparison.Ordinal) == true;
            var result = root.ValueKind == JsonValueKind.Object ? QueryResult.Parse(root, typed) : QueryResult.Empty;
            return new Response(result, root, newAffinity ?? affinity);
        }
    }
}
