using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Store.Neo4j.Tests.Fakes;

namespace Graph.Transfer.Tests;

/// <summary>
/// The copy into Neo4j, against the fake Query API: what it asks the target and what it sends. That the Cypher does
/// the right thing on a server is the Neo4j store's live conformance suite; the copy itself is proven end to end by
/// the SQLite round trips in <see cref="CopyTests"/>, since it only speaks the port.
/// </summary>
public sealed class CopyToNeo4jTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly FakeQueryApi _api = new();

    [Fact]
    public async Task Each_document_the_target_lacks_is_applied_in_its_own_transaction_with_values_as_parameters()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        foreach (var d in SampleGraph.Documents()) await source.ApplyDocumentAsync(d);

        var report = await new GraphCopy(source, _api.Store()).RunAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Failures));
        Assert.Equal((3, 0), (report.DocumentsCopied, report.DocumentsUnchanged));
        var lookup = _api.Requests[0];
        Assert.Contains("MATCH (d:Document {id: id})", lookup.Statement);
        Assert.Equal(["doc-a", "doc-b", "doc-c"], lookup.Parameters!["ids"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal("Read", lookup.Body!["accessMode"]!.GetValue<string>());
        var upserts = _api.Requests.Where(r => r.Statement?.StartsWith("MERGE (d:Document {id: $id})", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["doc-a", "doc-b", "doc-c"], upserts.Select(r => r.Parameters!["id"]!.GetValue<string>()));
        Assert.All(upserts, r => Assert.EndsWith("/tx/" + r.Path.Split('/').Last(), r.Path));
        Assert.Equal(3, _api.Requests.Count(r => r.Path.EndsWith("/commit", StringComparison.Ordinal)));
        // Texts, names and spans travel as parameters only.
        Assert.DoesNotContain(_api.Requests, r => r.Statement?.Contains("Harnecker", StringComparison.Ordinal) == true);
        var entities = _api.Requests.Single(r => r.Statement?.Contains("CREATE (d)-[c:CONTRIBUTES]->(n)", StringComparison.Ordinal) == true
            && r.Parameters!["documentId"]!.GetValue<string>() == "doc-c");
        Assert.Contains(SampleGraph.SiderurgicaDelOrinoco, entities.Parameters!["rows"]!.AsArray().Select(row => row!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task A_document_the_target_already_holds_unchanged_is_skipped()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        foreach (var d in SampleGraph.Documents()) await source.ApplyDocumentAsync(d);
        var held = Assert.Single(await source.ReadDocumentGraphsAsync(["doc-b"]));
        Holds(held);

        var report = await new GraphCopy(source, _api.Store()).RunAsync();

        Assert.Equal((2, 1), (report.DocumentsCopied, report.DocumentsUnchanged));
        var upserts = _api.Requests.Where(r => r.Statement?.StartsWith("MERGE (d:Document {id: $id})", StringComparison.Ordinal) == true);
        Assert.Equal(["doc-a", "doc-c"], upserts.Select(r => r.Parameters!["id"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Curation_is_replayed_after_the_documents()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await SampleGraph.SeedAsync(source);
        // The target holds both entities of the merge, so the merge is replayed.
        _api.Rows("MATCH (n:Entity {id: id})\nRETURN n {.id", ["entity"],
            [Entity(SampleGraph.Sidor, "Organization", "Sidor")], [Entity(SampleGraph.SiderurgicaDelOrinoco, "Organization", "Siderúrgica del Orinoco")])
            .Rows("RETURN n.id AS id, n.type AS type", ["id", "type"], [SampleGraph.Sidor, "Organization"], [SampleGraph.SiderurgicaDelOrinoco, "Organization"]);

        var report = await new GraphCopy(source, _api.Store()).RunAsync();

        Assert.True(report.MergesReplayed == 1, string.Join("\n", report.Failures));
        var operations = _api.Requests.Select(r => r.Statement ?? "").ToList();
        var lastDocument = operations.FindLastIndex(s => s.StartsWith("MERGE (d:Document {id: $id})", StringComparison.Ordinal));
        var merge = operations.FindIndex(s => s.Contains("MERGE (m:MergedId {id: $removeId})", StringComparison.Ordinal));
        Assert.True(merge > lastDocument, "the merge was replayed before every document was copied");
        var remembered = _api.Requests[merge].Parameters!;
        Assert.Equal((SampleGraph.Sidor, SampleGraph.SiderurgicaDelOrinoco), (remembered["keepId"]!.GetValue<string>(), remembered["removeId"]!.GetValue<string>()));
    }

    /// <summary>Answers the target's snapshot reads as a Neo4j holding <paramref name="g"/> would.</summary>
    private void Holds(DocumentGraph g)
    {
        var doc = g.Document;
        _api.Rows("MATCH (d:Document {id: id})", ["id", "title", "date", "source", "format", "text"], [doc.Id, doc.Title, doc.Date?.ToString(), doc.Source, doc.Format, doc.Text])
            .Rows("-[c:CONTRIBUTES]->(n:Entity)", ["documentId", "entityId", "type", "name", "description", "externalId", "eventType", "date", "aliases"],
                g.Entities.Select(e => new object?[] { doc.Id, e.Id, e.Type, e.Name, e.Description, e.ExternalId, e.Event?.EventType, e.Event?.Date?.ToString(), e.Aliases.Prepend(e.Name).ToArray() }).ToArray())
            .Rows("-[m:MENTIONS]->(n:Entity)", ["documentId", "entityId", "sentence", "spanStart", "spanEnd", "method", "confidence"],
                g.Entities.SelectMany(e => e.Mentions.Select(m => new object?[] { doc.Id, e.Id, m.Sentence, m.Start, m.End, m.Method, m.Confidence })).ToArray())
            .Rows("MATCH (ev:Evidence {documentId: documentId})", ["documentId", "relationId", "relationType", "relationDate", "sentence", "spanStart", "spanEnd", "method", "confidence"],
                g.Relations.SelectMany(r => r.Evidence.Select(s => new object?[] { doc.Id, RelationId(r), r.Type, r.Date?.ToString(), s.Sentence, s.Start, s.End, s.Method, s.Confidence })).ToArray());
        foreach (var r in g.Relations)
            _api.Rows($"[r:`{r.Type}` {{id: id}}]", ["id", "subjectId", "objectId", "role"], [RelationId(r), r.SubjectId, r.ObjectId, r.Role]);
    }

    private static string RelationId(RelationRecord r) =>
        GraphIds.Relation(r.Type, r.SubjectId, r.ObjectId, r.Role, Ontology.Default.Relation(r.Type).Symmetric);

    private static Dictionary<string, object?> Entity(string id, string type, string name) => new()
    {
        ["id"] = id, ["type"] = type, ["name"] = name, ["aliases"] = new[] { name },
        ["description"] = null, ["externalId"] = null, ["eventType"] = null, ["date"] = null,
    };

    public void Dispose() => _folder.Dispose();
}
