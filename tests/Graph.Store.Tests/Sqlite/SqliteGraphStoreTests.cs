using Graph.Core.Store;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Conformance;

namespace Graph.Store.Tests.Sqlite;

/// <summary>The contract suite against SQLite: a fresh database file per store, removed after the test.</summary>
public sealed class SqliteGraphStoreTests : GraphStoreContract
{
    private readonly TempFolder _folder = new();

    protected override async Task<IGraphStore> CreateStoreAsync() =>
        await SqliteGraphStore.OpenAsync(_folder.NewDatabasePath());

    protected override Task CleanUpAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }
}
