using System.Globalization;
using System.Text;

namespace Graph.Core.Identity;

/// <summary>
/// The contract's name comparison: case-insensitive, diacritics removed, punctuation and a leading
/// "the" ignored. "The Chávez Administration" and "chavez administration" fold to the same key.
/// </summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
                continue;
            if (IsApostrophe(c))
                continue; // "workers’" and "workers" are one name
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && sb.Length > 0) sb.Append(' ');
                pendingSpace = false;
                AppendFolded(sb, c);
            }
            else
            {
                pendingSpace = true; // punctuation and white space separate words
            }
        }
        var folded = sb.ToString();
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }

    public static bool SameName(string a, string b) => Fold(a) == Fold(b);

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    private static void AppendFolded(StringBuilder sb, char c)
    {
        // Letters that carry no combining mark in Unicode decomposition.
        switch (c)
        {
            case 'ß': sb.Append("ss"); return;
            case 'æ' or 'Æ': sb.Append("ae"); return;
            case 'œ' or 'Œ': sb.Append("oe"); return;
            case 'ø' or 'Ø': sb.Append('o'); return;
            case 'đ' or 'Đ': sb.Append('d'); return;
            case 'ł' or 'Ł': sb.Append('l'); return;
            case 'ı': sb.Append('i'); return;
            default: sb.Append(char.ToLowerInvariant(c)); return;
        }
    }
}
