using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Graph.Ingest.Internal;

/// <summary>Strict UTF-8 decoding that refuses binary data and says where invalid bytes are.</summary>
internal static class TextDecoding
{
    // Above this share of control characters a "text" is really binary (or a wrong encoding).
    private const double MaxControlShare = 0.05;

    public static bool LooksLikeText(byte[] bytes) =>
        Array.IndexOf(bytes, (byte)0) < 0 && Utf8.IsValid(bytes) && ControlShare(Encoding.UTF8.GetString(bytes)) <= MaxControlShare;

    public static string Decode(byte[] bytes, string name)
    {
        if (bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            throw new DocumentReadException(name, "is UTF-16 text; save it as UTF-8.");
        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
            throw new DocumentReadException(name, $"is binary, not text (a NUL byte at offset {nul}); give a .txt, .md, .html or .pdf file.");

        var body = bytes.AsSpan();
        if (body.StartsWith("\uFEFF"u8)) body = body[3..];
        var chars = new char[body.Length];
        var status = Utf8.ToUtf16(body, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var offset = read + (bytes.Length - body.Length);
            throw new DocumentReadException(name,
                $"is not valid UTF-8: invalid byte 0x{bytes[offset]:X2} at byte offset {offset}; save it as UTF-8.");
        }
        var text = new string(chars, 0, written);
        if (ControlShare(text) > MaxControlShare)
            throw new DocumentReadException(name, "is binary, not text (mostly control characters); give a .txt, .md, .html or .pdf file.");
        // One line-ending convention, so offsets and content hashes do not depend on the platform that wrote the file.
        return text.Replace("\r\n", "\n").Replace('\r', '\n');
    }

    private static double ControlShare(string text)
    {
        if (text.Length == 0) return 0;
        var control = 0;
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\n' or '\r' or '\t' or '\f')) control++;
        return (double)control / text.Length;
    }
}
