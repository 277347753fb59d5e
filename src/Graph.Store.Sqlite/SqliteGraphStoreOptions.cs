using Graph.Core.Schema;

namespace Graph.Store.Sqlite;

/// <summary>How a <see cref="SqliteGraphStore"/> opens its file.</summary>
/// <param name="BusyTimeout">How long a write waits for another process's lock before the store gives up.</param>
/// <param name="Ontology">The ontology to validate against; the one built into Graph.Core when null.</param>
/// <param name="ReadConnections">How many read connections the store keeps open at most.</param>
public sealed record SqliteGraphStoreOptions(TimeSpan BusyTimeout, Ontology? Ontology = null, int ReadConnections = 4)
{
    public static SqliteGraphStoreOptions Default { get; } = new(TimeSpan.FromSeconds(5));
}

/// <summary>The database file cannot be used; the message says why and what to do.</summary>
public sealed class SqliteGraphStoreOpenException : Exception
{
    public SqliteGraphStoreOpenException(string path, string message, Exception? inner = null) : base(message, inner) => Path = path;

    public string Path { get; }
}
