using System.Text;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Tests.Sqlite;

/// <summary>Every row of every table (and the full-text index), as text, to compare a database before and after.</summary>
internal static class DatabaseDump
{
    public static string Of(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        var tables = Query(connection, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entity_fts%' ORDER BY name")
            .Select(r => (string)r[0]!).ToList();
        var sb = new StringBuilder();
        foreach (var table in tables)
        {
            sb.AppendLine($"## {table}");
            foreach (var row in Query(connection, $"SELECT * FROM \"{table}\"").Select(Line).Order(StringComparer.Ordinal)) sb.AppendLine(row);
        }
        sb.AppendLine("## entity_fts");
        foreach (var row in Query(connection, "SELECT rowid, name, aliases, description FROM entity_fts ORDER BY rowid")) sb.AppendLine(Line(row));
        return sb.ToString();
    }

    private static string Line(object?[] row) => string.Join(" | ", row.Select(v => v is null or DBNull ? "NULL" : Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture)));

    private static List<object?[]> Query(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            reader.GetValues(row!);
            rows.Add(row);
        }
        return rows;
    }
}
