using Graph.Core.Store;
using Graph.Store.Sqlite;

namespace Graph.Bench;

/// <summary>Opens the store under test; the one place that knows its concrete type.</summary>
internal static class StoreFactory
{
    public static async Task<SqliteGraphStore> OpenAsync(string path) => await SqliteGraphStore.OpenAsync(path);

    /// <summary>Typed as the port, so the benchmark can only use what every adapter offers.</summary>
    public static IGraphStore Port(SqliteGraphStore store) => store;
}
