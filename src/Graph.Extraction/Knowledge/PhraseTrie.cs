using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Knowledge;

/// <summary>
/// Phrases keyed by their folded words, matched longest-first over a token sequence. Built once at load;
/// a lookup walks at most the longest phrase's length, so matching a text is linear in its tokens.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public List<T>? Values;
    }

    private readonly Node _root = new();
    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0) return;
        var node = _root;
        foreach (var w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out var next)) node.Children[w] = next = new Node();
            node = next;
        }
        (node.Values ??= []).Add(value);
        Count++;
    }

    public void Add(string phrase, T value) => Add(Words(phrase), value);

    public static string[] Words(string phrase) =>
        Fold.KeepingThe(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Every phrase that starts at token <paramref name="first"/> and ends on a token boundary before
    /// <paramref name="limit"/>, longest first, as (end token exclusive, values).
    /// </summary>
    public List<(int End, List<T> Values)> MatchAt(IReadOnlyList<Token> tokens, int first, int limit)
    {
        var found = new List<(int, List<T>)>();
        var node = _root;
        for (var t = first; t < limit; t++)
        {
            var words = tokens[t].Words;
            if (words.Length == 0) break;
            foreach (var w in words)
            {
                if (node.Children is null || !node.Children.TryGetValue(w, out node!)) return Reverse(found);
            }
            if (node.Values is not null) found.Add((t + 1, node.Values));
        }
        return Reverse(found);

        static List<(int, List<T>)> Reverse(List<(int, List<T>)> l) { l.Reverse(); return l; }
    }

    /// <summary>Whether any phrase starts at token <paramref name="first"/> and ends before <paramref name="limit"/> (no allocation).</summary>
    public bool AnyAt(IReadOnlyList<Token> tokens, int first, int limit)
    {
        var node = _root;
        for (var t = first; t < limit; t++)
        {
            var words = tokens[t].Words;
            if (words.Length == 0) return false;
            foreach (var w in words)
                if (node.Children is null || !node.Children.TryGetValue(w, out node!)) return false;
            if (node.Values is not null) return true;
        }
        return false;
    }

    public List<T>? Exact(IReadOnlyList<string> words)
    {
        var node = _root;
        foreach (var w in words)
            if (node.Children is null || !node.Children.TryGetValue(w, out node!)) return null;
        return node.Values;
    }
}
