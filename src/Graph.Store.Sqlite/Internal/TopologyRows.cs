using Microsoft.Data.Sqlite;

namespace Graph.Store.Sqlite.Internal;

/// <summary>What the topology cache keeps of an entity row.</summary>
internal sealed record NodeRow(string Id, string Type, string? EventType, int? Earliest, int? Latest)
{
    public const string Select = "SELECT id, type, event_type, date_earliest, date_latest FROM entities";

    public static NodeRow Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
        r.IsDBNull(3) ? null : r.GetInt32(3), r.IsDBNull(4) ? null : r.GetInt32(4));
}

/// <summary>What the topology cache keeps of a relation row: everything a traversal filters or weighs on.</summary>
internal sealed record EdgeRow(
    string Id, string Type, string Subject, string Object, string? Role, string? Date, int? Earliest, int? Latest,
    double Confidence, int Evidence, int Status)
{
    public const string Select =
        "SELECT id, type, subject_id, object_id, role, date, date_earliest, date_latest, confidence, evidence_count, status FROM relations";

    public static EdgeRow Read(SqliteDataReader r) => new(
        r.GetString(0), r.GetString(1), r.GetString(2), r.GetString(3), Rows.Text(r, 4), Rows.Text(r, 5),
        r.IsDBNull(6) ? null : r.GetInt32(6), r.IsDBNull(7) ? null : r.GetInt32(7),
        r.GetDouble(8), r.GetInt32(9), r.GetInt32(10));
}

/// <summary>The rows a committed write touched: present ones are upserted into the cache, missing ones removed.</summary>
internal sealed class TopologyChanges
{
    public HashSet<string> EntityIds { get; } = new(StringComparer.Ordinal);
    public HashSet<string> RelationIds { get; } = new(StringComparer.Ordinal);
    public List<NodeRow> Nodes { get; } = [];
    public List<EdgeRow> Edges { get; } = [];
}
