using System.Globalization;
using Graph.Cli.Commands;
using Graph.Evaluation.Scoring;

namespace Graph.Cli.Output;

/// <summary>The evaluation report for a person: totals and per-type figures, then each document's misses and false positives.</summary>
internal static class ReportPrinter
{
    public static void Print(TextWriter o, ScoreReport report, EvalSet set)
    {
        o.WriteLine($"Evaluated {report.Documents.Count} document(s) in {set.TextDirectory}");
        o.WriteLine();
        o.WriteLine($"{"",-22} {"P",6} {"R",6} {"F1",6} {"tp",5} {"fp",5} {"fn",5}");
        Category(o, "entities", report.Entities);
        Category(o, "relations", report.Relations);
        Category(o, "events", report.Events);
        o.WriteLine();
        o.WriteLine($"exact dates: {report.Dates.Exact}/{report.Dates.Matched} matched events = {F(report.Dates.Share)}");

        foreach (var d in report.Documents)
        {
            o.WriteLine();
            o.WriteLine($"== {d.Document}: entities F1 {F(d.Entities.Total.F1)}, relations F1 {F(d.Relations.Total.F1)}, " +
                        $"events F1 {F(d.Events.Total.F1)}, exact dates {d.Dates.Exact}/{d.Dates.Matched}");
            List(o, "missed entities", d.Errors.MissedEntities);
            List(o, "false entities", d.Errors.FalseEntities);
            List(o, "missed relations", d.Errors.MissedRelations);
            List(o, "false relations", d.Errors.FalseRelations);
            List(o, "missed events", d.Errors.MissedEvents);
            List(o, "false events", d.Errors.FalseEvents);
            List(o, "wrong dates", d.Errors.WrongDates);
        }
    }

    private static void Category(TextWriter o, string name, CategoryScore c)
    {
        Row(o, name, c.Total);
        foreach (var (type, counts) in c.ByType) Row(o, "  " + type, counts);
    }

    private static void Row(TextWriter o, string label, Counts c) =>
        o.WriteLine($"{label,-22} {F(c.Precision),6} {F(c.Recall),6} {F(c.F1),6} {c.Tp,5} {c.Fp,5} {c.Fn,5}");

    private static void List(TextWriter o, string title, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        o.WriteLine($"  {title} ({items.Count}):");
        foreach (var item in items) o.WriteLine($"    {item}");
    }

    private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
