using Graph.Core.Store;

namespace Graph.Cli.Commands;

internal static class StoreLifetime
{
    // The port does not say how a store is closed; the adapters do, by implementing one of the two.
    public static async Task CloseAsync(IGraphStore store)
    {
        if (store is IAsyncDisposable asyncDisposable) await asyncDisposable.DisposeAsync();
        else if (store is IDisposable disposable) disposable.Dispose();
    }
}
