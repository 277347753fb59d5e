using System.Text;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Conformance;

namespace Graph.Transfer.Tests;

/// <summary>The copy through the port, SQLite to SQLite: a real round trip through the same code that copies to Neo4j.</summary>
public sealed class CopyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    [Fact]
    public async Task A_copy_gives_the_target_the_source_graph_with_its_curation()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await using var target = await SampleGraph.OpenAsync(_folder.Path, "target.db");
        await SampleGraph.SeedAsync(source);

        var report = await new GraphCopy(source, target) { PageSize = 2 }.RunAsync();

        Assert.True(report.Succeeded, string.Join("\n", report.Failures));
        Assert.Equal((3, 0, 1, 1), (report.DocumentsCopied, report.DocumentsUnchanged, report.MergesReplayed, report.CuratedRelationsAdded));
        Assert.Equal(await SampleGraph.DumpAsync(source), await SampleGraph.DumpAsync(target));
    }

    [Fact]
    public async Task A_second_copy_writes_nothing()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await using var target = await SampleGraph.OpenAsync(_folder.Path, "target.db");
        await SampleGraph.SeedAsync(source);
        await new GraphCopy(source, target).RunAsync();
        var before = await SampleGraph.DumpAsync(target);

        var again = await new GraphCopy(source, target).RunAsync();

        Assert.True(again.NothingToDo, again.ToString());
        Assert.Equal((3, 1), (again.DocumentsUnchanged, again.MergesAlreadyDone));
        Assert.Equal(before, await SampleGraph.DumpAsync(target));
    }

    [Fact]
    public async Task An_interrupted_copy_is_finished_by_running_it_again()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await using var target = await SampleGraph.OpenAsync(_folder.Path, "target.db");
        await SampleGraph.SeedAsync(source);
        using var stop = new CancellationTokenSource();
        var seen = new List<CopyProgress>();

        // Cancelled as soon as the first page (one document) is stored: the rest of the run never happens.
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new GraphCopy(source, target) { PageSize = 1 }
            .RunAsync(new InlineProgress<CopyProgress>(p => { seen.Add(p); stop.Cancel(); }), stop.Token));
        Assert.Equal(1, (await target.GetStatsAsync()).Documents);

        var resumed = await new GraphCopy(source, target) { PageSize = 1 }.RunAsync(new InlineProgress<CopyProgress>(seen.Add));

        Assert.True(resumed.Succeeded, string.Join("\n", resumed.Failures));
        Assert.Equal((2, 1), (resumed.DocumentsCopied, resumed.DocumentsUnchanged));
        Assert.Equal(["doc-a", "doc-a", "doc-b", "doc-c"], seen.Select(p => p.LastDocumentId));
        Assert.Equal(await SampleGraph.DumpAsync(source), await SampleGraph.DumpAsync(target));
    }

    [Fact]
    public async Task A_document_changed_in_the_source_is_copied_again_and_only_it()
    {
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await using var target = await SampleGraph.OpenAsync(_folder.Path, "target.db");
        await SampleGraph.SeedAsync(source);
        await new GraphCopy(source, target).RunAsync();
        var b = new DocBuilder("doc-b", "Sidor is a steelworks. Sidor and CVG were allied, then rivals.");
        b.Relate("ALLIED_WITH", b.Entity("Organization", "Sidor"), b.Entity("Organization", "CVG"), 0.4);
        await source.ApplyDocumentAsync(b.Build());

        var report = await new GraphCopy(source, target).RunAsync();

        Assert.Equal((1, 2), (report.DocumentsCopied, report.DocumentsUnchanged));
        Assert.Equal(await SampleGraph.DumpAsync(source), await SampleGraph.DumpAsync(target));
    }

    [Fact]
    public async Task A_document_the_target_refuses_is_reported_and_the_rest_is_copied()
    {
        // A target whose ontology has no Work type refuses doc-a (it names a book) and what hangs on it.
        var narrower = Ontology.Load(new MemoryStream(Encoding.UTF8.GetBytes(OntologyWithout("Work"))), "test ontology without Work");
        await using var source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await using var target = await SqliteGraphStore.OpenAsync(Path.Combine(_folder.Path, "target.db"), SqliteGraphStoreOptions.Default with { Ontology = narrower });
        await SampleGraph.SeedAsync(source);

        var report = await new GraphCopy(source, target).RunAsync();

        Assert.Equal(2, report.DocumentsCopied);
        var failure = Assert.Single(report.Failures, f => f.What == "document 'doc-a'");
        Assert.Contains("Unknown entity type 'Work'", failure.Reason);
        Assert.Contains(report.Failures, f => f.What.StartsWith("edits of entity 'work:a-world-to-build'", StringComparison.Ordinal));
        Assert.Equal(2, (await target.GetStatsAsync()).Documents);
        Assert.NotNull(await target.GetEntityAsync(SampleGraph.Sidor));
        Assert.Null(await target.GetEntityAsync(SampleGraph.SiderurgicaDelOrinoco));
    }

    private static string OntologyWithout(string entityType)
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(SampleGraph.RepositoryFile("graph-schema/ontology.json")))!.AsObject();
        var types = json["entityTypes"]!.AsArray();
        types.Remove(types.Single(t => t!["name"]!.GetValue<string>() == entityType));
        foreach (var group in json["groups"]!.AsObject())
        {
            var members = group.Value!.AsArray();
            var member = members.SingleOrDefault(m => m!.GetValue<string>() == entityType);
            if (member is not null) members.Remove(member);
        }
        foreach (var r in json["relationTypes"]!.AsArray().ToList())
            foreach (var end in new[] { "from", "to" })
            {
                var list = r!.AsObject()[end]!.AsArray();
                var member = list.SingleOrDefault(m => m!.GetValue<string>() == entityType);
                if (member is not null) list.Remove(member);
                if (list.Count == 0) json["relationTypes"]!.AsArray().Remove(r);
            }
        return json.ToJsonString();
    }

    public void Dispose() => _folder.Dispose();
}
