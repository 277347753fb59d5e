using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Conformance;

namespace Graph.Store.Tests.Sqlite;

/// <summary>A write that fails half-way leaves the file, and what traversals see, exactly as before.</summary>
public sealed class SqliteFailureTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _store = null!;
    private string _path = null!;

    public async Task InitializeAsync()
    {
        _path = _folder.NewDatabasePath();
        _store = await SqliteGraphStore.OpenAsync(_path);
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        _folder.Dispose();
    }

    private sealed class InjectedFailure(string step) : Exception($"injected failure at {step}");

    private void FailAt(string step) => _store.FailureHook = s => { if (s == step) throw new InjectedFailure(s); };

    private static DocumentGraph Doc(string id, string text)
    {
        var b = new DocBuilder(id, text);
        var trino = b.Entity("Person", "Trino Silva");
        var alcasa = b.Entity("Organization", "Alcasa", "Aluminium smelter");
        b.Relate("LEADS", trino, alcasa, 0.7);
        if (text.Contains("CVG")) b.Relate("PART_OF", alcasa, b.Entity("Organization", "CVG"));
        return b.Build();
    }

    private async Task<string> ViewAsync()
    {
        var center = new DocBuilder("x", "Trino Silva").Entity("Person", "Trino Silva").Id;
        var network = await _store.GetNetworkAsync(new NetworkQuery([center], Depth: 2));
        return string.Join(";", network.Nodes.Select(n => $"{n.Entity.Id}@{n.Distance}").Concat(network.Edges.Select(e => $"{e.RelationId}:{e.Weight}:{e.Confidence}")));
    }

    [Theory]
    [InlineData("begin")]
    [InlineData("removed")]
    [InlineData("entities")]
    [InlineData("relations")]
    [InlineData("settled")]
    public async Task A_failed_replacement_leaves_the_database_and_traversals_as_before(string step)
    {
        await _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa."));
        var (before, view) = (DatabaseDump.Of(_path), await ViewAsync());
        FailAt(step);

        await Assert.ThrowsAsync<InjectedFailure>(() => _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa, part of CVG.")));

        Assert.Equal(before, DatabaseDump.Of(_path));
        Assert.Equal(view, await ViewAsync());
    }

    [Theory]
    [InlineData("begin")]
    [InlineData("entities")]
    [InlineData("relations")]
    [InlineData("settled")]
    public async Task A_failed_first_apply_leaves_the_database_as_before(string step)
    {
        await _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa."));
        var before = DatabaseDump.Of(_path);
        FailAt(step);

        await Assert.ThrowsAsync<InjectedFailure>(() => _store.ApplyDocumentAsync(Doc("doc-2", "Trino Silva led Alcasa, part of CVG.")));

        Assert.Equal(before, DatabaseDump.Of(_path));
        Assert.Null(await _store.GetDocumentAsync("doc-2"));
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("settled")]
    public async Task A_failed_delete_leaves_the_database_and_traversals_as_before(string step)
    {
        await _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa, part of CVG."));
        var (before, view) = (DatabaseDump.Of(_path), await ViewAsync());
        FailAt(step);

        await Assert.ThrowsAsync<InjectedFailure>(() => _store.DeleteDocumentAsync("doc-1"));

        Assert.Equal(before, DatabaseDump.Of(_path));
        Assert.Equal(view, await ViewAsync());
    }

    [Fact]
    public async Task The_store_writes_normally_after_a_failed_write()
    {
        FailAt("relations");
        await Assert.ThrowsAsync<InjectedFailure>(() => _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa.")));
        _store.FailureHook = null;

        var result = await _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa."));

        Assert.Equal((false, false, 2, 1), (result.Unchanged, result.Replaced, result.Entities, result.Relations));
        Assert.Equal(1, (await _store.GetStatsAsync()).RelationsByType["LEADS"]);
        Assert.Contains("organization:alcasa@1", await ViewAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("removed")]
    [InlineData("entities")]
    [InlineData("relations")]
    public async Task A_document_failing_half_way_in_a_batch_rolls_back_alone(string step)
    {
        await _store.ApplyDocumentAsync(Doc("doc-2", "Trino Silva led Alcasa."));
        var before = DatabaseDump.Of(_path);
        // Fails the second document of the batch (a replacement of doc-2, so "removed" is reached) at the step.
        var calls = 0;
        _store.FailureHook = s => { if (s == step && ++calls == 2) throw new InjectedFailure(s); };

        var results = await _store.ApplyDocumentsAsync([
            Doc("doc-1", "Trino Silva led Alcasa, part of CVG."),
            Doc("doc-2", "Trino Silva led Alcasa, and Alcasa was part of CVG."),
            Doc("doc-3", "Trino Silva led Alcasa."),
        ]);
        _store.FailureHook = null;

        Assert.Equal([false, true, false], results.Select(r => r.Failed));
        Assert.IsType<InjectedFailure>(results[1].Failure);
        Assert.NotEqual(before, DatabaseDump.Of(_path));
        Assert.Equal("Trino Silva led Alcasa.", (await _store.GetDocumentAsync("doc-2"))!.Text);
        Assert.Equal(3, (await _store.GetStatsAsync()).Documents);
        var leads = (await _store.GetRelationsAsync(new RelationQuery(new DocBuilder("x", "Trino Silva").Entity("Person", "Trino Silva").Id))).Items
            .Single(r => r.Type == "LEADS");
        Assert.Equal(3, leads.EvidenceCount);
    }

    [Fact]
    public async Task A_failed_settle_fails_the_whole_batch_and_leaves_the_database_as_before()
    {
        await _store.ApplyDocumentAsync(Doc("doc-1", "Trino Silva led Alcasa."));
        var (before, view) = (DatabaseDump.Of(_path), await ViewAsync());
        FailAt("settled");

        await Assert.ThrowsAsync<InjectedFailure>(() => _store.ApplyDocumentsAsync([Doc("doc-2", "Trino Silva led Alcasa, part of CVG.")]));

        Assert.Equal(before, DatabaseDump.Of(_path));
        Assert.Equal(view, await ViewAsync());
    }
}
