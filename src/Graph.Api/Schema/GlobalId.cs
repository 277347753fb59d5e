using System.Buffers;
using System.Text;

namespace Graph.Api.Schema;

/// <summary>
/// Relay global ids: base64 of "Kind:storeId". Lookups also accept the store's own ids ("person:hugo-chavez"),
/// which are what people type in GraphiQL.
/// </summary>
internal static class GlobalId
{
    public const string Entity = "Entity";
    public const string Relation = "Relation";
    public const string Document = "Document";

    /// <summary>
    /// A network response encodes ~850 ids; building "Kind:id" as bytes on the stack (no string, no byte array in
    /// between) leaves one allocation, the result.
    /// </summary>
    public static string Encode(string kind, string id)
    {
        var length = Encoding.UTF8.GetMaxByteCount(kind.Length + 1 + id.Length);
        var rented = length > 512 ? ArrayPool<byte>.Shared.Rent(length) : null;
        var bytes = rented ?? stackalloc byte[length];
        var written = Encoding.UTF8.GetBytes(kind, bytes);
        bytes[written++] = (byte)':';
        written += Encoding.UTF8.GetBytes(id, bytes[written..]);
        var encoded = Convert.ToBase64String(bytes[..written]);
        if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        return encoded;
    }

    public static bool TryDecode(string globalId, out string kind, out string id)
    {
        kind = id = "";
        if (globalId.Length % 4 != 0) return false;
        var buffer = new byte[globalId.Length];
        if (!Convert.TryFromBase64String(globalId, buffer, out var written)) return false;
        var text = Encoding.UTF8.GetString(buffer, 0, written);
        var colon = text.IndexOf(':');
        if (colon <= 0) return false;
        kind = text[..colon];
        if (kind is not (Entity or Relation or Document)) return false;
        id = text[(colon + 1)..];
        return id.Length > 0;
    }

    /// <summary>The store id behind an argument that may be a global id of <paramref name="kind"/> or a store id.</summary>
    public static string ToStoreId(string value, string kind) =>
        TryDecode(value, out var k, out var id) && k == kind ? id : value;
}
