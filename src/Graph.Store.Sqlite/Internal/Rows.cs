using System.Text.Json;
using Graph.Core.Dates;
using Graph.Core.Model;
using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Internal;

/// <summary>Conversions between rows and model records, shared by the reading and writing halves.</summary>
internal static class Rows
{
    public const string EntityColumns = "id, type, name, description, external_id, event_type, date";

    public const string RelationColumns =
        "id, type, subject_id, object_id, role, date, confidence, evidence_count, provenance, status, status_note";

    public const string DocumentColumns = "id, title, date, source, format, text";

    public const string SpanColumns = "sentence, start, \"end\", text, method, confidence";

    public static object? Earliest(EdtfDate? date) => date?.Earliest.DayNumber;

    public static object? Latest(EdtfDate? date) => date?.Latest.DayNumber;

    public static EdtfDate? Date(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : EdtfDate.Parse(r.GetString(i));

    public static string? Text(SqliteDataReader r, int i) => r.IsDBNull(i) ? null : r.GetString(i);

    /// <summary>An entity row without its aliases (they are another table).</summary>
    public static Entity Entity(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), [], Text(r, 3),
        r.IsDBNull(5) ? null : new EventDetails(r.GetString(5), Date(r, 6)),
        Text(r, 4));

    public static Document Document(SqliteDataReader r) =>
        new(r.GetString(0), r.GetString(1), Date(r, 2), Text(r, 3), r.GetString(4), r.GetString(5));

    public static Relation Relation(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Text(r, 4), Date(r, 5),
        r.GetDouble(6), r.GetInt32(7), (Provenance)r.GetInt32(8), (RelationStatus)r.GetInt32(9), Text(r, 10));

    public static Evidence Evidence(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetDouble(7));

    public static Mention Mention(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetInt32(2), r.GetInt32(3), r.GetInt32(4), r.GetString(5), r.GetString(6), r.GetDouble(7));

    /// <summary>A list of ids as one JSON parameter, read in SQL with json_each, so that one prepared command serves any count.</summary>
    public static string Ids(IEnumerable<string> ids) => JsonSerializer.Serialize(ids);
}
