using System.Globalization;
using System.Text.Json.Nodes;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Internal;
using Graph.Store.Neo4j.Tests.Fakes;

namespace Graph.Transfer.Tests;

/// <summary>
/// The import files rebuild the Neo4j store's write shape by hand (Neo4jImportFiles beside DocumentWrites): the
/// contributions, mentions and evidence exported for the sample documents carry exactly the property names and
/// values the store sends when it applies the same documents (captured from the fake Query API).
/// </summary>
public sealed class Neo4jImportShapeTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeQueryApi _api = new();

    [Fact]
    public async Task Exported_contributions_mentions_and_evidence_carry_the_properties_the_store_writes()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        var neo4j = _api.Store();
        foreach (var d in SampleGraph.Documents())
        {
            await source.ApplyDocumentAsync(d);
            await neo4j.ApplyDocumentAsync(d);
        }
        var directory = Path.Combine(_folder.Path, "out");
        await Neo4jImportFiles.WriteAsync(source, directory);

        var sentContributions = new List<string>();
        var sentMentions = new List<string>();
        foreach (var request in Sent("CREATE (d)-[c:CONTRIBUTES]->(n)"))
            foreach (var row in request.Parameters!["rows"]!.AsArray())
            {
                var entity = row!["id"]!.GetValue<string>();
                sentContributions.Add($"{request.Parameters["documentId"]!.GetValue<string>()}>{entity} {Canonical(row["contribution"]!.AsObject())}");
                foreach (var m in row["mentions"]!.AsArray())
                    sentMentions.Add($"{request.Parameters["documentId"]!.GetValue<string>()}>{entity} {Canonical(m!.AsObject())}");
            }
        var sentEvidence = Sent("CREATE (ev:Evidence)")
            .SelectMany(r => r.Parameters!["rows"]!.AsArray()).Select(row => Canonical(row!.AsObject())).ToList();

        Assert.NotEmpty(sentContributions);
        Assert.NotEmpty(sentMentions);
        Assert.NotEmpty(sentEvidence);
        Assert.Equal(Sorted(sentContributions), Sorted(Exported(directory, ImportLayout.Contributes).Select(r => $"{r.Start}>{r.End} {r.Properties}")));
        Assert.Equal(Sorted(sentMentions), Sorted(Exported(directory, ImportLayout.Mentions).Select(r => $"{r.Start}>{r.End} {r.Properties}")));
        Assert.Equal(Sorted(sentEvidence), Sorted(Exported(directory, ImportLayout.Evidence).Select(r => r.Properties)));
    }

    private IEnumerable<RecordedRequest> Sent(string statementContains) =>
        _api.Requests.Where(r => r.Statement?.Contains(statementContains, StringComparison.Ordinal) == true);

    private static List<string> Sorted(IEnumerable<string> rows) => rows.Order(StringComparer.Ordinal).ToList();

    /// <summary>A file's rows as the properties neo4j-admin would set (typed by the header, null fields absent), and the relationship ends.</summary>
    private static IEnumerable<(string? Start, string? End, string Properties)> Exported(string directory, string file)
    {
        var table = ImportCsvReader.Read(Path.Combine(directory, file));
        foreach (var record in table.Records())
        {
            var properties = new JsonObject();
            string? start = null, end = null;
            foreach (var (header, value) in record)
            {
                if (header.StartsWith(":START_ID", StringComparison.Ordinal)) start = value;
                if (header.StartsWith(":END_ID", StringComparison.Ordinal)) end = value;
                if (header.StartsWith(':') || value is null) continue;
                var (name, type) = header.Split(':') is [var n, var t] ? (n, t) : (header, "string");
                properties[name] = type switch
                {
                    "string" => value,
                    "string[]" => new JsonArray(value.Split('|').Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
                    "long" or "int" => long.Parse(value, CultureInfo.InvariantCulture),
                    "double" => double.Parse(value, CultureInfo.InvariantCulture),
                    "boolean" => bool.Parse(value),
                    _ => throw new InvalidOperationException($"No test reading for {header}."),
                };
            }
            yield return (start, end, Canonical(properties));
        }
    }

    /// <summary>Properties by name, null ones left out (Neo4j stores no null property).</summary>
    private static string Canonical(JsonObject properties) =>
        string.Join(", ", properties.Where(p => p.Value is not null).OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => $"{p.Key}={p.Value!.ToJsonString()}"));

    public void Dispose() => _folder.Dispose();
}
