using System.Globalization;
using System.Text;
using Graph.Core.Schema;

namespace Graph.Core.Store;

/// <summary>A page request: how many items, and after which cursor.</summary>
public sealed record PageRequest(int First = PageRequest.DefaultPageSize, string? After = null)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 500;

    /// <summary>The offset this request starts at; rejects sizes outside 1–500 and cursors this store did not issue.</summary>
    public int Validate()
    {
        if (First is < 1 or > MaxPageSize)
            throw new GraphValidationException($"Page size {First} is outside 1–{MaxPageSize}; ask for fewer items and follow the cursor.");
        return After is null ? 0 : Cursor.Decode(After) + 1;
    }
}

public sealed record Page<T>(IReadOnlyList<T> Items, int TotalCount, string? StartCursor, string? EndCursor, bool HasNextPage, bool HasPreviousPage)
{
    /// <summary>Pages an already-filtered, already-ordered sequence of <paramref name="total"/> items that starts at <paramref name="offset"/>.</summary>
    public static Page<T> FromSlice(IReadOnlyList<T> slice, int offset, int total) => new(
        slice, total,
        slice.Count > 0 ? Cursor.Encode(offset) : null,
        slice.Count > 0 ? Cursor.Encode(offset + slice.Count - 1) : null,
        offset + slice.Count < total,
        offset > 0);
}

/// <summary>Opaque cursors: the position of an item in a stable order.</summary>
public static class Cursor
{
    private const string Prefix = "pos:";

    public static string Encode(int position) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(Prefix + position.ToString(CultureInfo.InvariantCulture)));

    public static int Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith(Prefix, StringComparison.Ordinal)
                && int.TryParse(text.AsSpan(Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var position))
                return position;
        }
        catch (FormatException) { }
        throw new GraphValidationException($"Cursor '{cursor}' was not issued by this API; pass the endCursor of the previous page.");
    }
}
