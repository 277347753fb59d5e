using System.Globalization;
using Graph.Api.Schema;

namespace Graph.Api.Http;

/// <summary>
/// Typed reads of a download's query string. A value that does not parse is refused with the parameter's name
/// and the value as sent; lists may repeat the parameter or separate values with commas (types=A,B).
/// </summary>
internal sealed class QueryStringArguments(IQueryCollection query)
{
    public string? String(string name) => query[name].LastOrDefault() is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    public IReadOnlyList<string> List(string name) => query[name]
        .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        .ToArray();

    public int Int(string name, int defaultValue) => String(name) is not { } text
        ? defaultValue
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
            ? n
            : throw new InvalidValueException($"Query parameter '{name}' is '{text}', not a whole number; send e.g. {name}={defaultValue}.");

    public double Double(string name, double defaultValue) => String(name) is not { } text
        ? defaultValue
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : throw new InvalidValueException($"Query parameter '{name}' is '{text}', not a number; send e.g. {name}=0.5.");

    public bool Bool(string name) => String(name) is not { } text
        ? false
        : bool.TryParse(text, out var b)
            ? b
            : throw new InvalidValueException($"Query parameter '{name}' is '{text}'; send {name}=true or {name}=false.");

    /// <summary>Parameters this endpoint does not read: a typo (centre=, type=) must not silently widen the download.</summary>
    public void RejectUnknown(IReadOnlyCollection<string> known, string endpoint)
    {
        var unknown = query.Keys.FirstOrDefault(k => !known.Contains(k, StringComparer.Ordinal));
        if (unknown is not null)
            throw new InvalidValueException($"Query parameter '{unknown}' is not one {endpoint} reads; use {string.Join(", ", known)}.");
    }
}
