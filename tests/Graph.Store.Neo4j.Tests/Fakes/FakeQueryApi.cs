using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Store.Neo4j;

namespace Graph.Store.Neo4j.Tests.Fakes;

/// <summary>
/// A scripted stand-in for Neo4j's Query API behind an HttpMessageHandler. It answers in the formats Neo4j
/// documents (202 with data.fields/values, transaction ids, errors lists, the cluster-affinity header) and records
/// every request. It proves the client — what it sends, how it reads answers — never Neo4j itself: whether the
/// Cypher does the right thing on a real server is the live conformance suite's job.
/// </summary>
internal sealed class FakeQueryApi : HttpMessageHandler
{
    public const string Root = "http://neo4j.test:7474";
    public const string Affinity = "member-7";

    public List<RecordedRequest> Requests { get; } = [];

    private readonly List<(Func<RecordedRequest, bool> When, Func<RecordedRequest, HttpResponseMessage> Reply, int Times)> _rules = [];
    private int _transactions;

    /// <summary>Answers statements containing <paramref name="cypherContains"/> with these rows (plain JSON).</summary>
    public FakeQueryApi Rows(string cypherContains, string[] fields, params object?[][] rows)
    {
        _rules.Add((r => r.Statement?.Contains(cypherContains, StringComparison.Ordinal) == true,
            r => Answer(r, new JsonObject { ["data"] = Data(fields, rows) }), int.MaxValue));
        return this;
    }

    /// <summary>Answers "does this entity exist" lookups with every id asked for, as if all existed.</summary>
    public FakeQueryApi EchoIds(string cypherContains)
    {
        _rules.Add((r => r.Statement?.Contains(cypherContains, StringComparison.Ordinal) == true,
            r => Answer(r, new JsonObject
            {
                ["data"] = Data(["id"], r.Parameters!["ids"]!.AsArray().Select(id => new object?[] { id!.GetValue<string>() }).ToArray()),
            }), int.MaxValue));
        return this;
    }

    /// <summary>Answers the matching request with a hand-made response, <paramref name="times"/> times, then falls through.</summary>
    public FakeQueryApi On(Func<RecordedRequest, bool> when, Func<RecordedRequest, HttpResponseMessage> reply, int times = int.MaxValue)
    {
        _rules.Insert(0, (when, reply, times));
        return this;
    }

    public FakeQueryApi Fail(Func<RecordedRequest, bool> when, HttpStatusCode status, string code, string message, int times = int.MaxValue) =>
        On(when, _ => Json(status, new JsonObject { ["errors"] = new JsonArray(new JsonObject { ["code"] = code, ["message"] = message }) }), times);

    public Neo4jGraphStore Store(Neo4jOptions? options = null, bool schemaApplied = true) =>
        new(new HttpClient(this), options ?? Options(), null, TimeSpan.Zero, schemaApplied);

    public static Neo4jOptions Options() => new() { Uri = Root, User = "neo4j", Password = "secret-pass", Database = "neo4j" };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? null : await request.Content.ReadAsStringAsync(cancellationToken);
        var recorded = new RecordedRequest(request.Method.Method, request.RequestUri!.AbsolutePath, body is null ? null : JsonNode.Parse(body),
            request.Headers.TryGetValues("neo4j-cluster-affinity", out var a) ? a.Single() : null,
            request.Headers.Authorization?.ToString(), request.Headers.Accept.ToString());
        Requests.Add(recorded);
        for (var i = 0; i < _rules.Count; i++)
        {
            var (when, reply, times) = _rules[i];
            if (times <= 0 || !when(recorded)) continue;
            _rules[i] = (when, reply, times - 1);
            return reply(recorded);
        }
        return Answer(recorded, new JsonObject { ["data"] = Data([], []) });
    }

    private HttpResponseMessage Answer(RecordedRequest r, JsonObject body)
    {
        var response = Json(HttpStatusCode.Accepted, body);
        if (r.Method == "DELETE") return Json(HttpStatusCode.OK, new JsonObject());
        if (r.Path.EndsWith("/commit", StringComparison.Ordinal))
        {
            body["bookmarks"] = new JsonArray("FB:kcwQ");
            return Json(HttpStatusCode.Accepted, body);
        }
        if (r.Path.EndsWith("/tx", StringComparison.Ordinal))
        {
            body["transaction"] = new JsonObject { ["id"] = $"tx{++_transactions}", ["expires"] = "2026-11-28T14:00:00Z" };
            response = Json(HttpStatusCode.Accepted, body);
            response.Headers.Add("neo4j-cluster-affinity", Affinity);
        }
        else if (r.Path.Contains("/tx/", StringComparison.Ordinal))
        {
            body["transaction"] = new JsonObject { ["id"] = r.Path[(r.Path.LastIndexOf('/') + 1)..], ["expires"] = "2026-11-28T14:00:00Z" };
            response = Json(HttpStatusCode.Accepted, body);
        }
        return response;
    }

    public static JsonObject Data(string[] fields, object?[][] rows) => new()
    {
        ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)JsonValue.Create(f)).ToArray()),
        ["values"] = new JsonArray(rows.Select(row => (JsonNode?)new JsonArray(row.Select(ToNode).ToArray())).ToArray()),
    };

    public static JsonNode? ToNode(object? v) => v switch
    {
        null => null,
        JsonNode n => n.DeepClone(),
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        int i => JsonValue.Create(i),
        long l => JsonValue.Create(l),
        double d => JsonValue.Create(d),
        IDictionary<string, object?> m => new JsonObject(m.Select(p => KeyValuePair.Create(p.Key, ToNode(p.Value)))),
        System.Collections.IEnumerable list => new JsonArray(list.Cast<object?>().Select(ToNode).ToArray()),
        _ => throw new ArgumentException($"No JSON for {v.GetType()}"),
    };

    public static HttpResponseMessage Json(HttpStatusCode status, JsonNode body, string mediaType = "application/json") => new(status)
    {
        Content = new StringContent(body.ToJsonString(), Encoding.UTF8, mediaType),
    };
}

internal sealed record RecordedRequest(string Method, string Path, JsonNode? Body, string? Affinity, string? Authorization, string Accept)
{
    public string? Statement => Body?["statement"]?.GetValue<string>();

    public JsonNode? Parameters => Body?["parameters"];
}
