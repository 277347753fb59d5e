using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Graph.Store.Neo4j.Tests.Fakes;

namespace Graph.Store.Neo4j.Tests.Contract;

/// <summary>
/// Golden files: every request an operation sends (method, path, the statement split into lines, parameters,
/// access mode, affinity header), in tests/Graph.Store.Neo4j.Tests/Golden/NAME.json, reviewable in a diff.
/// Regenerate with UPDATE_GOLDEN=1 dotnet test tests/Graph.Store.Neo4j.Tests, then review what changed.
/// </summary>
internal static class Golden
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Verify(string name, IReadOnlyList<RecordedRequest> requests, [CallerFilePath] string caller = "")
    {
        var path = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(caller)!, "..", "Golden", name + ".json"));
        var actual = Render(requests);
        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"Golden file {path} is missing; run UPDATE_GOLDEN=1 dotnet test tests/Graph.Store.Neo4j.Tests, then review it.");
        var expected = File.ReadAllText(path).ReplaceLineEndings("\n");
        if (expected != actual)
            Assert.Fail($"The requests differ from {path}. If the change is intended, regenerate with UPDATE_GOLDEN=1 and review the diff.\nActual:\n{actual}");
    }

    public static string Render(IReadOnlyList<RecordedRequest> requests)
    {
        var array = new JsonArray();
        foreach (var r in requests)
        {
            var o = new JsonObject { ["method"] = r.Method, ["path"] = r.Path };
            if (r.Affinity is not null) o["affinity"] = r.Affinity;
            if (r.Statement is { } statement)
                o["statement"] = new JsonArray(statement.Split('\n').Select(l => (JsonNode?)JsonValue.Create(l.TrimEnd('\r'))).ToArray());
            if (r.Parameters is { } p) o["parameters"] = p.DeepClone();
            if (r.Body?["accessMode"] is { } mode) o["accessMode"] = mode.DeepClone();
            array.Add(o);
        }
        return array.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
    }
}
