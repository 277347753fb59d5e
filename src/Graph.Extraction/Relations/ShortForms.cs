namespace Graph.Extraction.Relations;

/// <summary>
/// A bracketed short form right after a name ("the General Confederation of Labour (CGT) and ..."), which the
/// matchers pass over when joining conjuncts. Positions are indices into whatever the caller walks (tokens or
/// pattern items), read through <c>text</c>.
/// </summary>
internal static class ShortForms
{
    /// <summary>Bracketed short forms this long at most are passed over.</summary>
    public const int MaxLength = 4;

    /// <summary>The position after a short form that opens at <paramref name="at"/> (before <paramref name="end"/>), else <paramref name="at"/>.</summary>
    public static int Past(int at, int end, Func<int, string> text)
    {
        if (at >= end || text(at) != "(") return at;
        for (var k = at + 1; k < end && k - at <= MaxLength + 1; k++)
            if (text(k) == ")") return k + 1;
        return at;
    }

    /// <summary>The "(" of the short form that closes at <paramref name="close"/>, no earlier than <paramref name="first"/>; -1 when none.</summary>
    public static int Opening(int close, int first, Func<int, string> text)
    {
        for (var k = close - 1; k >= first && close - k <= MaxLength + 1; k--)
            if (text(k) == "(") return k;
        return -1;
    }
}
