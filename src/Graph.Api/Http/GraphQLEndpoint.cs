using System.Buffers;
using System.Text;
using System.Text.Json;
using Graph.Api.Errors;
using Graph.Api.Validation;
using GraphQL;
using GraphQL.Transport;
using GraphQL.Types;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Graph.Api.Http;

/// <summary>
/// GraphQL over HTTP (POST JSON and GET), our own because GraphQL.Server is not available: content negotiation,
/// status codes per the spec, a body limit, and errors that always carry extensions.code.
/// </summary>
internal static class GraphQLEndpoint
{
    public const string Path = "/graphql";
    private const string ApiKeyHeader = "X-Api-Key";

    public static async Task HandleAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet && !request.Query.ContainsKey("query") && MediaTypes.AcceptsHtml(request.Headers.Accept))
        {
            await GraphiQLPage.Render(Path).ExecuteAsync(http);
            return;
        }

        var mediaType = MediaTypes.Negotiate(request.Headers.Accept);
        if (mediaType is null)
        {
            await Fail(http, StatusCodes.Status406NotAcceptable, MediaTypes.Json, ErrorCodes.NotAcceptable,
                $"The Accept header '{request.Headers.Accept}' allows no type this endpoint sends; accept {MediaTypes.GraphQLResponse} or {MediaTypes.Json}.");
            return;
        }

        var serializer = http.RequestServices.GetRequiredService<IGraphQLTextSerializer>();
        var limits = http.RequestServices.GetRequiredService<IOptions<GraphApiOptions>>().Value.Limits;
        GraphQLRequest? graphQLRequest;
        try
        {
            graphQLRequest = isGet ? FromQueryString(request.Query, serializer) : await FromBody(http, serializer, limits.MaxBodyBytes);
        }
        catch (RequestRejected e)
        {
            await Fail(http, e.Status, mediaType, e.Code, e.Message);
            return;
        }
        if (graphQLRequest is null) return; // the response is already written (415/413)

        if (string.IsNullOrWhiteSpace(graphQLRequest.Query))
        {
            await Fail(http, StatusCodes.Status400BadRequest, mediaType, ErrorCodes.InvalidRequest,
                "The request has no query; send {\"query\": \"{ stats { documents } }\"} or ?query=... .");
            return;
        }

        var executer = http.RequestServices.GetRequiredService<IDocumentExecuter<ISchema>>();
        ExecutionResult result;
        try
        {
            result = await executer.ExecuteAsync(new ExecutionOptions
            {
                Query = graphQLRequest.Query,
                OperationName = graphQLRequest.OperationName,
                Variables = graphQLRequest.Variables,
                Extensions = graphQLRequest.Extensions,
                RequestServices = http.RequestServices,
                User = http.User,
                UserContext = new RequestContext { IsGet = isGet, ApiKey = request.Headers[ApiKeyHeader].FirstOrDefault() },
                CancellationToken = http.RequestAborted,
            });
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The client left; the store's unit of work rolled back with the cancellation, so nothing is half-done.
            return;
        }

        var status = StatusCodes.Status200OK;
        if (!result.Executed)
        {
            if (result.Errors?.Any(e => e.Code == ErrorCodes.MethodNotAllowed) == true)
            {
                status = StatusCodes.Status405MethodNotAllowed;
                http.Response.Headers.Allow = "POST";
            }
            else if (result.Errors?.Any(e => e.Code == ErrorCodes.Timeout) == true) status = StatusCodes.Status504GatewayTimeout;
            else if (mediaType == MediaTypes.GraphQLResponse) status = StatusCodes.Status400BadRequest;
        }
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await serializer.WriteAsync(http.Response.Body, result, http.RequestAborted);
    }

    private static GraphQLRequest FromQueryString(IQueryCollection query, IGraphQLTextSerializer serializer) => new()
    {
        Query = query["query"].FirstOrDefault(),
        OperationName = query["operationName"].FirstOrDefault() is { Length: > 0 } name ? name : null,
        Variables = ParseJson<Inputs>(query["variables"].FirstOrDefault(), serializer, "the variables parameter"),
        Extensions = ParseJson<Inputs>(query["extensions"].FirstOrDefault(), serializer, "the extensions parameter"),
    };

    private static async Task<GraphQLRequest?> FromBody(HttpContext http, IGraphQLTextSerializer serializer, long maxBytes)
    {
        var request = http.Request;
        if (!MediaTypes.IsJsonBody(request.ContentType))
            throw new RequestRejected(StatusCodes.Status415UnsupportedMediaType, ErrorCodes.UnsupportedMediaType,
                $"Content-Type '{request.ContentType}' is not accepted; send the request as {MediaTypes.Json} (UTF-8).");
        if (request.ContentLength > maxBytes) throw TooLarge(maxBytes);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature) feature.MaxRequestBodySize = maxBytes;

        string body;
        try
        {
            body = await ReadLimited(request.Body, request.ContentLength, maxBytes, http.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(maxBytes);
        }
        catch (DecoderFallbackException)
        {
            throw new RequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson, "The request body is not valid UTF-8; send UTF-8 JSON.");
        }
        return ParseJson<GraphQLRequest>(body, serializer, "the request body")
            ?? throw new RequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.InvalidRequest,
                "The request body is JSON null; send an object such as {\"query\": \"{ stats { documents } }\"}.");
    }

    /// <summary>
    /// The body into one pooled buffer, sized from Content-Length when it is sent (it was a fresh 16 KB array and
    /// a second copy per request), never more than <paramref name="maxBytes"/> plus the one byte that proves excess.
    /// </summary>
    private static async Task<string> ReadLimited(Stream body, long? contentLength, long maxBytes, CancellationToken cancellationToken)
    {
        var cap = (int)Math.Min(maxBytes + 1, Array.MaxLength);
        var buffer = ArrayPool<byte>.Shared.Rent((int)Math.Clamp((contentLength ?? 4096) + 1, 1, cap));
        var length = 0;
        try
        {
            int read;
            while ((read = await body.ReadAsync(buffer.AsMemory(length, Math.Min(buffer.Length, cap) - length), cancellationToken)) > 0)
            {
                length += read;
                if (length > maxBytes) throw TooLarge(maxBytes);
                if (length < buffer.Length) continue;
                var larger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)buffer.Length * 2, cap));
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            return StrictUtf8.GetString(buffer, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    private static T? ParseJson<T>(string? json, IGraphQLTextSerializer serializer, string what)
    {
        if (string.IsNullOrWhiteSpace(json)) return default;
        try
        {
            return serializer.Deserialize<T>(json);
        }
        catch (Exception e) when (e is JsonException or FormatException or InvalidOperationException or NotSupportedException)
        {
            throw new RequestRejected(StatusCodes.Status400BadRequest, ErrorCodes.InvalidJson,
                $"{char.ToUpperInvariant(what[0])}{what[1..]} is not a valid GraphQL request in JSON ({Where(e)}); send {{\"query\": \"...\", \"variables\": {{...}}}}.");
        }
    }

    /// <summary>Where the JSON broke, without the exception's own text (which may echo internals).</summary>
    private static string Where(Exception e) => e is JsonException { LineNumber: { } line, BytePositionInLine: { } pos }
        ? $"line {line + 1}, byte {pos + 1}"
        : "its structure does not match";

    private static RequestRejected TooLarge(long maxBytes) => new(StatusCodes.Status413PayloadTooLarge, ErrorCodes.PayloadTooLarge,
        $"The request body is larger than {maxBytes:N0} bytes (Graph:Limits:MaxBodyBytes); send a smaller query, or ingest large texts in parts.");

    private static async Task Fail(HttpContext http, int status, string mediaType, string code, string message)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = mediaType + "; charset=utf-8";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { errors = new[] { new { message, extensions = new { code } } } }, ErrorJson, http.RequestAborted);
    }

    private static readonly JsonSerializerOptions ErrorJson = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private sealed class RequestRejected(int status, string code, string message) : Exception(message)
    {
        public int Status { get; } = status;
        public string Code { get; } = code;
    }
}
