namespace Graph.Store.Tests.Sqlite;

/// <summary>A folder of its own per test for database files (with their -wal and -shm companions), deleted after.</summary>
internal sealed class TempFolder : IDisposable
{
    private int _count;

    public string Path { get; } = Directory.CreateDirectory(
        System.IO.Path.Combine(System.IO.Path.GetTempPath(), "graph-store-tests", Guid.NewGuid().ToString("N"))).FullName;

    public string NewDatabasePath() => System.IO.Path.Combine(Path, $"graph-{Interlocked.Increment(ref _count)}.db");

    public void Dispose()
    {
        try
        {
            if (Directory.Exists(Path)) Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { /* a store file still closing; the OS temp cleaner gets it */ }
    }
}
