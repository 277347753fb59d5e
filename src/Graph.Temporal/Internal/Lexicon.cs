using System.Globalization;
using System.Reflection;

namespace Graph.Extraction.Temporal.Internal;

internal enum TimeUnit { Day, Week, Month, Year, Decade, Century }

/// <summary>A qualifier as the tenths of a decade or century it covers, inclusive ("early" = 0–3).</summary>
internal sealed record Qualifier(int FromTenth, int ToTenth);

/// <summary>A multi-token cue ("the following", "c.", "up to") with the role its data file gives it.</summary>
internal sealed record Cue(string[] Tokens, string Role);

/// <summary>
/// The cue words of seeds/knowledge/temporal/*.tsv, embedded in this assembly. Each file is UTF-8, tab-separated,
/// with a header line; lines starting with '#' are comments.
/// </summary>
internal sealed class Lexicon
{
    public required Dictionary<string, int> Months { get; init; }
    /// <summary>Full month names (not abbreviations): only these may stand alone after a month-context word.</summary>
    public required HashSet<string> FullMonths { get; init; }
    public required HashSet<string> MonthContext { get; init; }
    public required Dictionary<string, (int Value, bool Vague)> Numbers { get; init; }
    public required Dictionary<string, int> Ordinals { get; init; }
    public required Dictionary<string, int> Decades { get; init; }
    public required List<(string[] Tokens, Qualifier Qualifier)> Qualifiers { get; init; }
    public required HashSet<string> Seasons { get; init; }
    public required Dictionary<string, TimeUnit> Units { get; init; }
    public required List<Cue> Relative { get; init; }
    public required List<Cue> Approximation { get; init; }
    public required List<Cue> Ranges { get; init; }
    public required HashSet<string> CountNouns { get; init; }
    public required HashSet<string> NumberLabels { get; init; }

    /// <summary>
    /// Lower-case words and symbols that can begin an expression. The scan skips every other word at once, which keeps
    /// ordinary prose cheap. Numbers can always begin one; "the" and the apostrophes ("’90s") are grammar, not data.
    /// </summary>
    public HashSet<string> Starters { get; private set; } = [];

    /// <summary>The cues of one role, so that a lookup does not walk every cue of the file.</summary>
    public IReadOnlyList<Cue> CuesFor(List<Cue> cues, string role) =>
        _byRole.TryGetValue((cues, role), out var found) ? found : [];

    private Dictionary<(List<Cue>, string), List<Cue>> _byRole = [];

    private Lexicon Indexed()
    {
        _byRole = new[] { Relative, Approximation, Ranges }
            .SelectMany(list => list.GroupBy(c => c.Role).Select(g => (Key: (list, g.Key), Cues: g.ToList())))
            .ToDictionary(x => x.Key, x => x.Cues);
        Starters = new HashSet<string>(["the", "'", "’", "‘"]);
        Starters.UnionWith(Months.Keys);
        Starters.UnionWith(Numbers.Keys);
        Starters.UnionWith(Ordinals.Keys);
        Starters.UnionWith(Decades.Keys);
        Starters.UnionWith(Seasons);
        Starters.UnionWith(Qualifiers.Select(q => q.Tokens[0]));
        Starters.UnionWith(Relative.Concat(Approximation).Concat(Ranges).Select(c => c.Tokens[0]));
        return this;
    }

    public static Lexicon LoadEmbedded()
    {
        var assembly = typeof(Lexicon).Assembly;
        return new Lexicon
        {
            Months = Map(Read(assembly, "months.tsv", 3), "months.tsv", r => Int(r, 1, "months.tsv")),
            FullMonths = Read(assembly, "months.tsv", 3).Where(r => r[2] == "full").Select(r => r[0].ToLowerInvariant()).ToHashSet(),
            MonthContext = Read(assembly, "month-context.tsv", 1).Select(r => r[0].ToLowerInvariant()).ToHashSet(),
            Numbers = Map(Read(assembly, "numbers.tsv", 3), "numbers.tsv", r => (Int(r, 1, "numbers.tsv"), Bool(r, 2, "numbers.tsv"))),
            Ordinals = Map(Read(assembly, "ordinals.tsv", 2), "ordinals.tsv", r => Int(r, 1, "ordinals.tsv")),
            Decades = Map(Read(assembly, "decades.tsv", 2), "decades.tsv", r => Int(r, 1, "decades.tsv")),
            Qualifiers = Read(assembly, "qualifiers.tsv", 3).Select(ToQualifier).ToList(),
            Seasons = Read(assembly, "seasons.tsv", 1).Select(r => r[0].ToLowerInvariant()).ToHashSet(),
            Units = Map(Read(assembly, "units.tsv", 2), "units.tsv", r => Enum<TimeUnit>(r, 1, "units.tsv")),
            Relative = Cues(assembly, "relative.tsv", ["document-back", "document-span", "document-recent", "document-prev",
                "document-same", "document-next", "anchor-after", "anchor-before", "anchor-next", "anchor-prev", "anchor-same", "anchor-within"]),
            Approximation = Cues(assembly, "qualifiers-approximate.tsv", ["approximate", "uncertain"]),
            Ranges = Cues(assembly, "ranges.tsv", ["open-from", "open-until", "from", "between", "join"]),
            CountNouns = Read(assembly, "count-nouns.tsv", 1).Select(r => r[0].ToLowerInvariant()).ToHashSet(),
            NumberLabels = Read(assembly, "number-labels.tsv", 1).Select(r => r[0].ToLowerInvariant()).ToHashSet(),
        }.Indexed();
    }

    /// <summary>Word → value, keyed in lower case; a word listed twice is an error, not a silent overwrite.</summary>
    internal static Dictionary<string, T> Map<T>(List<string[]> rows, string file, Func<string[], T> value)
    {
        var map = new Dictionary<string, T>();
        foreach (var row in rows)
            if (!map.TryAdd(row[0].ToLowerInvariant(), value(row)))
                throw new InvalidDataException($"seeds/knowledge/temporal/{file}: '{row[0]}' is listed twice; keep one row.");
        return map;
    }

    private static (string[] Tokens, Qualifier Qualifier) ToQualifier(string[] row)
    {
        var (phrase, from, to) = (Tokenizer.Phrase(row[0]), Int(row, 1, "qualifiers.tsv"), Int(row, 2, "qualifiers.tsv"));
        if (phrase.Length == 0 || from is < 0 or > 9 || to < from || to > 9)
            throw new InvalidDataException(
                $"seeds/knowledge/temporal/qualifiers.tsv: the row for '{row[0]}' needs words and tenths 0–9 with from <= to (it has {from} and {to}).");
        return (phrase, new Qualifier(from, to));
    }

    // The grammar looks cues up by role, so a misspelt role would silently disable its cue: refuse it instead.
    private static List<Cue> Cues(Assembly assembly, string file, string[] roles) =>
        Read(assembly, file, 2).Select(r => roles.Contains(r[1].Trim()) && Tokenizer.Phrase(r[0]).Length > 0
                ? new Cue(Tokenizer.Phrase(r[0]), r[1].Trim())
                : throw new InvalidDataException(
                    $"seeds/knowledge/temporal/{file}: cue '{r[0]}' with role '{r[1]}' is empty or its role is not one of {string.Join(", ", roles)}."))
            .ToList();

    /// <summary>The data rows of one embedded file, each checked to have the header's column count.</summary>
    private static List<string[]> Read(Assembly assembly, string file, int columns)
    {
        var name = $"Graph.Extraction.Temporal.{file}";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"The temporal cue file '{file}' is not embedded in {assembly.GetName().Name}: check that seeds/knowledge/temporal/{file} exists and that the project embeds seeds/knowledge/temporal/*.tsv.");
        using var reader = new StreamReader(stream);
        return Read(reader, file, columns);
    }

    internal static List<string[]> Read(TextReader reader, string file, int columns)
    {
        var rows = new List<string[]>();
        var header = true;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            if (line.Length == 0 || line.StartsWith('#')) continue;
            var cells = line.Split('\t');
            if (cells.Length != columns)
                throw new InvalidDataException(
                    $"seeds/knowledge/temporal/{file} line {number} has {cells.Length} tab-separated column(s), expected {columns}: '{line}'. Separate columns with one tab.");
            if (header) { header = false; continue; }
            rows.Add(cells);
        }
        return rows;
    }

    private static int Int(string[] row, int column, string file) =>
        int.TryParse(row[column], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"seeds/knowledge/temporal/{file}: '{row[column]}' in the row for '{row[0]}' is not a whole number.");

    private static bool Bool(string[] row, int column, string file) => row[column] switch
    {
        "yes" => true,
        "no" => false,
        _ => throw new InvalidDataException($"seeds/knowledge/temporal/{file}: '{row[column]}' in the row for '{row[0]}' must be 'yes' or 'no'."),
    };

    private static T Enum<T>(string[] row, int column, string file) where T : struct, Enum =>
        System.Enum.TryParse<T>(row[column], ignoreCase: true, out var value)
            ? value
            : throw new InvalidDataException(
                $"seeds/knowledge/temporal/{file}: '{row[column]}' in the row for '{row[0]}' is not one of {string.Join(", ", System.Enum.GetNames<T>()).ToLowerInvariant()}.");
}
