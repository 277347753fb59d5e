using Graph.Store.Sqlite;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Opens connections to one database file, migrates it, and turns SQLite's failures at open into advice.</summary>
internal static class Database
{
    private const int SqliteBusy = 5, SqliteLocked = 6, SqliteReadOnly = 8, SqliteCantOpen = 14, SqliteCorrupt = 11, SqliteNotADb = 26;

    public static string ConnectionString(string path, bool readOnly) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = readOnly ? SqliteOpenMode.ReadOnly : SqliteOpenMode.ReadWriteCreate,
        Pooling = false,
        ForeignKeys = true,
    }.ToString();

    public static SqliteConnection Connect(string path, bool readOnly, TimeSpan busyTimeout)
    {
        var connection = new SqliteConnection(ConnectionString(path, readOnly));
        connection.Open();
        using var pragma = connection.CreateCommand();
        // synchronous = NORMAL in WAL mode cannot corrupt the file: the WAL is synced at each checkpoint, and a
        // power cut can only lose the last commits, never leave a half-written one (FULL would fsync each commit,
        // most of a small write's cost). Memory is budgeted for the 1 GB target at full size (about 2.5 GB of
        // file): the writer, which walks many index pages per batch, gets a 64 MiB cache and a 128 MiB map;
        // each reader (up to four) 8 MiB and 64 MiB, as traversals run on the topology cache and readers only
        // fetch pages of rows. Mapped pages a query touches count in the working set, hence the bounded maps.
        var (cacheKiB, mapBytes) = readOnly ? (8 * 1024, 64L << 20) : (64 * 1024, 128L << 20);
        pragma.CommandText = $"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -{cacheKiB}; PRAGMA mmap_size = {mapBytes}; PRAGMA wal_autocheckpoint = 4000;";
        pragma.ExecuteNonQuery();
        return connection;
    }

    /// <summary>Opens the writer connection: checks the file, switches to WAL, applies pending migrations.</summary>
    public static SqliteConnection OpenForWriting(string path, SqliteGraphStoreOptions options)
    {
        var full = Path.GetFullPath(path);
        if (File.Exists(full) && IsMarkedReadOnly(full))
            throw new SqliteGraphStoreOpenException(full, $"The graph database '{full}' is read-only: make it writable (chmod u+w), or point Graph:DataDir at another folder.");
        var dir = Path.GetDirectoryName(full);
        if (dir is not null && !Directory.Exists(dir))
            throw new SqliteGraphStoreOpenException(full, $"The folder '{dir}' for the graph database does not exist: create it, or point Graph:DataDir at another folder.");

        SqliteConnection? connection = null;
        try
        {
            connection = Connect(full, readOnly: false, options.BusyTimeout);
            using (var check = connection.CreateCommand())
            {
                // Reading the schema is the first thing that fails on a file that is not a database.
                check.CommandText = "SELECT count(*) FROM sqlite_master";
                check.ExecuteScalar();
            }
            var version = UserVersion(connection);
            if (version > Migrations.Latest)
                throw new SqliteGraphStoreOpenException(full,
                    $"The graph database '{full}' was written by a newer version (schema {version}, this build knows up to {Migrations.Latest}): upgrade, or point Graph:DataDir at another folder.");
            Execute(connection, "PRAGMA journal_mode = WAL");
            // Taking the write lock once at open tells a locked file apart now, not at the first ingest.
            Execute(connection, "BEGIN IMMEDIATE; COMMIT;");
            Migrate(connection, version);
            return connection;
        }
        catch (SqliteException e)
        {
            connection?.Dispose();
            throw Explain(full, e);
        }
        catch
        {
            connection?.Dispose();
            throw;
        }
    }

    private static void Migrate(SqliteConnection connection, int from)
    {
        foreach (var (version, name, sql) in Migrations.All.Where(m => m.Version > from))
        {
            using var tx = connection.BeginTransaction();
            using var command = connection.CreateCommand();
            command.Transaction = tx;
            command.CommandText = sql + $"\nPRAGMA user_version = {version};";
            try
            {
                command.ExecuteNonQuery();
            }
            catch (SqliteException e) when (e.SqliteErrorCode is not (SqliteBusy or SqliteLocked or SqliteReadOnly))
            {
                throw new InvalidOperationException($"Schema script {name} failed: {e.Message}. Fix graph-schema/sqlite/{name}; the database was left at schema {version - 1}.", e);
            }
            tx.Commit();
        }
    }

    public static int UserVersion(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return Convert.ToInt32(command.ExecuteScalar());
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static bool IsMarkedReadOnly(string path)
    {
        // Honoured even for root, who could write anyway: someone marked the file so on purpose.
        if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0) return true;
        return !OperatingSystem.IsWindows() && (File.GetUnixFileMode(path) & UnixFileMode.UserWrite) == 0;
    }

    private static Exception Explain(string path, SqliteException e) => e.SqliteErrorCode switch
    {
        SqliteBusy or SqliteLocked => new SqliteGraphStoreOpenException(path,
            $"The graph database '{path}' is locked by another process (SQLite: {e.Message}): stop the other program using it (another API or CLI instance), or point Graph:DataDir at another folder.", e),
        SqliteReadOnly or SqliteCantOpen => new SqliteGraphStoreOpenException(path,
            $"The graph database '{path}' cannot be opened for writing (SQLite: {e.Message}): check the permissions of the file and its folder, or point Graph:DataDir at another folder.", e),
        SqliteNotADb or SqliteCorrupt => new SqliteGraphStoreOpenException(path,
            $"The file '{path}' is not a graph database or is corrupt (SQLite: {e.Message}): move it away to start afresh, restore a backup, or point Graph:DataDir at another folder.", e),
        _ => new SqliteGraphStoreOpenException(path, $"The graph database '{path}' could not be opened (SQLite: {e.Message}).", e),
    };
}
