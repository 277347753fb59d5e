using System.Globalization;
using Graph.Core.Model;
using Graph.Evaluation.Gold;

namespace Graph.Cli.Output;

/// <summary>What the extractor found in one document, grouped for reading: entities by type, relations, events.</summary>
internal static class ExtractionPrinter
{
    public static void Print(TextWriter o, Document document, GoldDocument p)
    {
        var date = document.Date is null ? "undated" : document.Date.ToString();
        o.WriteLine($"{document.Id}  \"{document.Title}\"  ({date}, {document.Format}, {document.Text.Length.ToString("N0", CultureInfo.InvariantCulture)} characters)");

        o.WriteLine();
        o.WriteLine($"Entities ({p.Entities.Count})");
        foreach (var e in p.Entities.OrderBy(e => e.Type, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal))
        {
            var aliases = e.Aliases is { Count: > 0 } a ? $"  (aka {string.Join(", ", a)})" : "";
            o.WriteLine($"  {e.Type,-13} {e.Name}{aliases}  ×{e.Evidence?.Count ?? 0}");
        }

        o.WriteLine();
        o.WriteLine($"Relations ({p.Relations.Count})");
        foreach (var r in p.Relations)
        {
            var extras = new[] { r.Role is null ? null : $"role: {r.Role}", r.Date is null ? null : $"date: {r.Date}" }.OfType<string>().ToArray();
            var extra = extras.Length > 0 ? $" ({string.Join(", ", extras)})" : "";
            o.WriteLine($"  {r.Subject} {r.Type} {r.Object}{extra}  {Best(r.Evidence)}");
        }

        o.WriteLine();
        o.WriteLine($"Events ({p.Events.Count})");
        foreach (var e in p.Events.OrderBy(e => e.Date ?? "~", StringComparer.Ordinal))
        {
            var place = e.Place is null ? "" : $" in {e.Place}";
            var people = e.Participants is { Count: > 0 } ps ? $"; participants: {string.Join(", ", ps)}" : "";
            o.WriteLine($"  {e.Type,-15} {e.Date ?? "undated",-11} {e.Name}{place}{people}");
        }
    }

    private static string Best(IReadOnlyList<GoldEvidence>? evidence)
    {
        if (evidence is not { Count: > 0 }) return "";
        var best = evidence.MaxBy(e => e.Confidence)!;
        var more = evidence.Count > 1 ? $", +{evidence.Count - 1} more" : "";
        return $"[{best.Confidence.ToString("0.00", CultureInfo.InvariantCulture)} {best.Method}, sentence {best.Sentence}{more}]";
    }
}
