using System.Text;

namespace Graph.Core.Store;

/// <summary>How full-text search reads a user's text, the same in every store: its runs of letters and digits.</summary>
public static class SearchText
{
    public static List<string> Words(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text + " ")
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        return words;
    }
}
