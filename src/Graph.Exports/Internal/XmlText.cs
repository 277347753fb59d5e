using System.Text;
using System.Xml;

namespace Graph.Exports.Internal;

internal static class XmlText
{
    public static XmlWriterSettings Settings => new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        CloseOutput = false,
    };

    /// <summary>
    /// XmlWriter escapes markup but refuses characters XML 1.0 cannot carry at all (control characters,
    /// lone surrogates); text from ingested documents may hold them, so they become U+FFFD instead of failing the download.
    /// </summary>
    public static string Clean(string text)
    {
        if (IsClean(text)) return text;
        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                sb.Append(c).Append(text[++i]);
            }
            else sb.Append(XmlConvert.IsXmlChar(c) ? c : '\uFFFD');
        }
        return sb.ToString();
    }

    private static bool IsClean(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) { i++; continue; }
            if (!XmlConvert.IsXmlChar(c)) return false;
        }
        return true;
    }

    public static void Attribute(XmlWriter w, string name, string? value)
    {
        if (value is not null) w.WriteAttributeString(name, Clean(value));
    }
}
