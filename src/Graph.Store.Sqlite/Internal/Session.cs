using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Internal;

/// <summary>
/// One open connection with its prepared commands, reused by SQL text, so that hot statements are
/// compiled once per connection. A session is used by one caller at a time (the pool or the write lock sees to it).
/// </summary>
internal sealed class Session : IDisposable
{
    private readonly Dictionary<string, SqliteCommand> _commands = new(StringComparer.Ordinal);

    public Session(SqliteConnection connection) => Connection = connection;

    public SqliteConnection Connection { get; }

    public SqliteTransaction? Transaction { get; set; }

    /// <summary>The prepared command for <paramref name="sql"/>, its parameters set in order ($p0, $p1...) or by name.</summary>
    public SqliteCommand Command(string sql, params object?[] values)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = Connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Transaction = Transaction;
        command.Parameters.Clear();
        for (var i = 0; i < values.Length; i++)
            command.Parameters.AddWithValue("$p" + i, values[i] ?? DBNull.Value);
        return command;
    }

    public int Execute(string sql, params object?[] values) => Command(sql, values).ExecuteNonQuery();

    public object? Scalar(string sql, params object?[] values)
    {
        var result = Command(sql, values).ExecuteScalar();
        return result is DBNull ? null : result;
    }

    public long Count(string sql, params object?[] values) => Convert.ToInt64(Scalar(sql, values) ?? 0L);

    public List<T> Query<T>(string sql, Func<SqliteDataReader, T> map, params object?[] values)
    {
        using var reader = Command(sql, values).ExecuteReader();
        var list = new List<T>();
        while (reader.Read()) list.Add(map(reader));
        return list;
    }

    public void Dispose()
    {
        foreach (var command in _commands.Values) command.Dispose();
        _commands.Clear();
        Connection.Dispose();
    }
}
