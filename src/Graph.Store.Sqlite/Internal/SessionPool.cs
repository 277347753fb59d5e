using System.Collections.Concurrent;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Read-only connections with their prepared commands, kept open and reused by readers in turn.</summary>
internal sealed class SessionPool(string path, TimeSpan busyTimeout, int keep) : IDisposable
{
    private readonly ConcurrentBag<Session> _idle = [];
    private bool _disposed;

    public T Use<T>(Func<Session, T> read)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (!_idle.TryTake(out var session))
            session = new Session(Database.Connect(path, readOnly: true, busyTimeout));
        try
        {
            return read(session);
        }
        finally
        {
            if (_disposed || _idle.Count >= keep) session.Dispose();
            else _idle.Add(session);
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var session)) session.Dispose();
    }
}
