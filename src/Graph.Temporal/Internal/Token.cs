namespace Graph.Extraction.Temporal.Internal;

internal enum TokenKind { Word, Number, Symbol }

/// <summary>
/// A token of the scanned text. Numbers keep their digits apart from a grouped or decimal tail ("20,000",
/// "3.5": never a year) and from a letter suffix ("1990s", "11th").
/// </summary>
internal sealed record Token(int Start, int End, TokenKind Kind, string Lower)
{
    /// <summary>The leading digit run of a number, empty otherwise.</summary>
    public string Digits { get; init; } = "";
    /// <summary>True when the number has thousands separators or a decimal part.</summary>
    public bool Compound { get; init; }
    /// <summary>Letters glued to a number ("s", "th"), lower case.</summary>
    public string Suffix { get; init; } = "";
    public bool Capitalized { get; init; }

    /// <summary>The number's value when it is a plain digit run of at most 9 digits, else -1.</summary>
    public int Value => Kind == TokenKind.Number && !Compound && Digits.Length is > 0 and <= 9 ? int.Parse(Digits) : -1;
}
