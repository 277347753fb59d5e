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
        var sb = new StringBuilder(name.Length);
        var pendingSpace = false;
        foreach (var c in name)
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

    // Ids are derived from folded names, so folding must give the same answer on every machine. string.Normalize
    // depends on ICU and does nothing to non-ASCII text under invariant globalization (which this repository
    // builds with), so precomposed Latin letters map to their base letter through this table, and combining
    // marks of decomposed input are dropped above.
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
