namespace Graph.Extraction.Temporal.Internal;

/// <summary>One linear pass over the text: letter runs, digit runs (with grouping, decimals and a letter suffix), and single symbols.</summary>
internal static class Tokenizer
{
    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            if (char.IsAsciiDigit(c))
            {
                while (i < text.Length && char.IsAsciiDigit(text[i])) i++;
                var digitsEnd = i;
                var compound = false;
                // "20,000" and "4.5" are one token: their parts must never read as years or days.
                while (i + 1 < text.Length && text[i] is ',' or '.' && char.IsAsciiDigit(text[i + 1]))
                {
                    var separator = text[i];
                    var j = i + 1;
                    while (j < text.Length && char.IsAsciiDigit(text[j])) j++;
                    if (separator == ',' && j - i - 1 != 3) break;
                    compound = true;
                    i = j;
                }
                var suffixStart = i;
                while (i < text.Length && char.IsAsciiLetter(text[i])) i++;
                tokens.Add(new Token(start, i, TokenKind.Number, text[start..i].ToLowerInvariant())
                {
                    Digits = text[start..digitsEnd],
                    Compound = compound,
                    Suffix = text[suffixStart..i].ToLowerInvariant(),
                });
                continue;
            }
            if (char.IsLetter(c))
            {
                while (i < text.Length && (char.IsLetter(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark)) i++;
                tokens.Add(new Token(start, i, TokenKind.Word, text[start..i].ToLowerInvariant()) { Capitalized = char.IsUpper(c) });
                continue;
            }
            i++;
            tokens.Add(new Token(start, i, TokenKind.Symbol, text[start..i]));
        }
        return tokens;
    }

    /// <summary>A cue phrase as the lower-case token texts it must match ("c." is "c", ".").</summary>
    public static string[] Phrase(string phrase) => Tokenize(phrase).Select(t => t.Lower).ToArray();
}
