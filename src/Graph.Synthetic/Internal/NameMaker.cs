using System.Globalization;
using System.Text;
using Graph.Core.Identity;

namespace Graph.Synthetic.Internal;

/// <summary>
/// Invents Spanish-, Portuguese- and English-looking names from syllables and templates, and keeps them
/// unique after <see cref="NameFolding"/> so that every name is its own entity id.
/// </summary>
internal sealed class NameMaker(Vocabulary vocabulary, Random random)
{
    private readonly HashSet<string> _folded = new(StringComparer.Ordinal);

    public string Word(int minSyllables = 2, int maxSyllables = 3)
    {
        var s = vocabulary.Syllables;
        var count = random.Next(minSyllables, maxSyllables + 1);
        var sb = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var onset = s.Onsets[random.Next(s.Onsets.Length)];
            // Double letters and nasal digraphs do not start a word in these languages.
            if (i == 0 && onset is "rr" or "ll" or "nh" or "lh") onset = "r";
            sb.Append(onset).Append(s.Vowels[random.Next(s.Vowels.Length)]);
            if (i == count - 1 || random.Next(3) == 0) sb.Append(s.Codas[random.Next(s.Codas.Length)]);
        }
        return Capitalize(sb.ToString());
    }

    /// <summary>A name from one of <paramref name="templates"/>, unique (folded) among every name made so far.</summary>
    public string Unique(string[] templates, Func<string, string?>? fill = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            var name = Fill(templates[random.Next(templates.Length)], fill);
            // After many collisions the space of short names is crowded: lengthen instead of looping.
            if (attempt > 8) name = $"{name} {Word(1, 2)}";
            if (_folded.Add(NameFolding.Fold(name))) return name;
        }
    }

    private string Fill(string template, Func<string, string?>? fill)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < template.Length)
        {
            var open = template.IndexOf('{', i);
            if (open < 0) { sb.Append(template, i, template.Length - i); break; }
            sb.Append(template, i, open - i);
            var close = template.IndexOf('}', open);
            var key = template[(open + 1)..close];
            sb.Append(fill?.Invoke(key) ?? key switch
            {
                "word" => Word(),
                "given" => Word(1, 2) + vocabulary.GivenEndings[random.Next(vocabulary.GivenEndings.Length)],
                "surname" => Word(1, 2) + vocabulary.SurnameEndings[random.Next(vocabulary.SurnameEndings.Length)],
                _ => throw new InvalidOperationException($"Graph.Synthetic/vocabulary.json: unknown placeholder {{{key}}} in template '{template}'; known: word, given, surname, place, event, year."),
            });
            i = close + 1;
        }
        return Capitalize(sb.ToString());
    }

    /// <summary>Surface forms a text might use instead of the name: surname, initials, acronym, unaccented spelling.</summary>
    public List<string> Aliases(string name, bool personLike)
    {
        var aliases = new List<string>(3);
        var words = name.Split(' ');
        if (personLike && words.Length >= 2)
        {
            aliases.Add(words[^1]);
            if (random.Next(2) == 0) aliases.Add($"{words[0][0]}. {words[^1]}");
        }
        else
        {
            var capitals = words.Where(w => w.Length > 0 && char.IsUpper(w[0])).ToArray();
            if (capitals.Length >= 2 && random.Next(3) > 0)
                aliases.Add(string.Concat(capitals.Select(w => char.ToUpperInvariant(RemoveDiacritics(w)[0]))));
        }
        var plain = RemoveDiacritics(name);
        if (plain != name && random.Next(2) == 0) aliases.Add(plain);
        return aliases;
    }

    private static string RemoveDiacritics(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) sb.Append(c);
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string Capitalize(string s) =>
        s.Length == 0 || s.StartsWith("the ", StringComparison.Ordinal) ? s : char.ToUpperInvariant(s[0]) + s[1..];
}
