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
        // Repeatedly, so that folding a folded name changes nothing ("The The Clash").
        while (folded.StartsWith("the ", StringComparison.Ordinal)) folded = folded[4..];
        return folded;
    }

    public static bool SameName(string a, string b) => Fold(a) == Fold(b);

    // Invariant globalization (Directory.Build.props) turns string.Normalize into a no-op for non-ASCII text,
    // so "Chávez" kept its accent. Latin letters with diacritics are therefore mapped to their base letter here;
    // Normalize still takes care of the rest wherever ICU is in use.
    private const string Accented = "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐőŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯȰȱȲȳ";
    private const string Unaccented = "AAAAAACEEEEIIIINOOOOOUUUUYaaaaaaceeeeiiiinooooouuuuyyAaAaAaCcCcCcCcDdEeEeEeEeEeGgGgGgGgHhIiIiIiIiIJjKkLlLlLlNnNnNnOoOoOoRrRrRrSsSsSsSsTtTtUuUuUuUuUuUuWwYyYZzZzZzOoUuAaIiOoUuUuUuUuUuAaAaGgKkOoOojGgNnAaAaAaEeEeIiIiOoOoRrRrUuUuSsTtHhAaEeOoOoOoOoYy";

    private static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʼ' or '`' or '´';

    private static void AppendFolded(StringBuilder sb, char c)
    {
        // Letters that carry no combining mark in Unicode decomposition.
        switch (c)
        {
            case 'ß' or 'ẞ': sb.Append("ss"); return;
            case 'æ' or 'Æ': sb.Append("ae"); return;
            case 'œ' or 'Œ': sb.Append("oe"); return;
            case 'ø' or 'Ø': sb.Append('o'); return;
            case 'đ' or 'Đ': sb.Append('d'); return;
            case 'ł' or 'Ł': sb.Append('l'); return;
            case 'ı': sb.Append('i'); return;
            default:
                var i = Accented.IndexOf(c);
                sb.Append(char.ToLowerInvariant(i >= 0 ? Unaccented[i] : c));
                return;
        }
    }
}
