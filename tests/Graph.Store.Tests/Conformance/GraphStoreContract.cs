using Graph.Core.Schema;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

/// <summary>
/// The behaviour every graph store owes the port, written against <see cref="IGraphStore"/> only.
/// An adapter subclasses it with a factory for a fresh, empty store; each test builds its own small graph.
/// </summary>
public abstract partial class GraphStoreContract : IAsyncLifetime
{
    private readonly List<IGraphStore> _stores = [];

    /// <summary>A new, empty store; called once per test, and more often by tests that compare stores.</summary>
    protected abstract Task<IGraphStore> CreateStoreAsync();

    /// <summary>Called after every store a test made has been disposed (for removing files, dropping databases).</summary>
    protected virtual Task CleanUpAsync() => Task.CompletedTask;

    protected IGraphStore Store { get; private set; } = null!;

    protected static Ontology Ontology => Ontology.Default;

    protected async Task<IGraphStore> NewStoreAsync()
    {
        var store = await CreateStoreAsync();
        _stores.Add(store);
        return store;
    }

    public async Task InitializeAsync() => Store = await NewStoreAsync();

    public async Task DisposeAsync()
    {
        foreach (var store in _stores)
        {
            if (store is IAsyncDisposable a) await a.DisposeAsync();
            else if (store is IDisposable d) d.Dispose();
        }
        await CleanUpAsync();
    }
}
