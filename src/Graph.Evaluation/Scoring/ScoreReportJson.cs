using System.Text.Json.Nodes;

namespace Graph.Evaluation.Scoring;

/// <summary>
/// The report as one JSON object: top-level entities, relations and events (precision, recall, f1, tp, fp, fn,
/// byType), dates (exact, matched, share) and documents with their misses and false positives.
/// </summary>
public static class ScoreReportJson
{
    public static JsonObject ToJson(ScoreReport report) => new()
    {
        ["entities"] = Category(report.Entities),
        ["relations"] = Category(report.Relations),
        ["events"] = Category(report.Events),
        ["dates"] = Dates(report.Dates),
        ["documents"] = new JsonArray(report.Documents.Select(Document).ToArray<JsonNode?>()),
    };

    private static JsonObject Document(DocumentScore d) => new()
    {
        ["document"] = d.Document,
        ["entities"] = Category(d.Entities),
        ["relations"] = Category(d.Relations),
        ["events"] = Category(d.Events),
        ["dates"] = Dates(d.Dates),
        ["misses"] = new JsonObject
        {
            ["entities"] = Strings(d.Errors.MissedEntities),
            ["relations"] = Strings(d.Errors.MissedRelations),
            ["events"] = Strings(d.Errors.MissedEvents),
        },
        ["falsePositives"] = new JsonObject
        {
            ["entities"] = Strings(d.Errors.FalseEntities),
            ["relations"] = Strings(d.Errors.FalseRelations),
            ["events"] = Strings(d.Errors.FalseEvents),
        },
        ["wrongDates"] = Strings(d.Errors.WrongDates),
    };

    private static JsonObject Category(CategoryScore c)
    {
        var json = Counts(c.Total);
        var byType = new JsonObject();
        foreach (var (type, counts) in c.ByType) byType[type] = Counts(counts);
        json["byType"] = byType;
        return json;
    }

    private static JsonObject Counts(Counts c) => new()
    {
        ["precision"] = Math.Round(c.Precision, 4),
        ["recall"] = Math.Round(c.Recall, 4),
        ["f1"] = Math.Round(c.F1, 4),
        ["tp"] = c.Tp,
        ["fp"] = c.Fp,
        ["fn"] = c.Fn,
    };

    private static JsonObject Dates(DateScore d) => new()
    {
        ["exact"] = d.Exact,
        ["matched"] = d.Matched,
        ["share"] = Math.Round(d.Share, 4),
    };

    private static JsonArray Strings(IEnumerable<string> items) => new(items.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray());
}
