using System.Text.Json.Serialization;

namespace Graph.Evaluation.Scoring;

/// <summary>
/// True positives, false positives and false negatives. Nothing predicted and nothing to find scores 1:
/// an empty type is not a failure, while one side empty and the other not gives F1 0.
/// </summary>
public sealed record Counts(int Tp, int Fp, int Fn)
{
    public static readonly Counts Zero = new(0, 0, 0);

    [JsonPropertyOrder(-3)] public double Precision => Tp + Fp == 0 ? 1 : (double)Tp / (Tp + Fp);
    [JsonPropertyOrder(-2)] public double Recall => Tp + Fn == 0 ? 1 : (double)Tp / (Tp + Fn);
    [JsonPropertyOrder(-1)] public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public static Counts operator +(Counts a, Counts b) => new(a.Tp + b.Tp, a.Fp + b.Fp, a.Fn + b.Fn);
}

/// <summary>Counts overall and per type (entity type, relation type or event type).</summary>
public sealed record CategoryScore(Counts Total, IReadOnlyDictionary<string, Counts> ByType)
{
    public static readonly CategoryScore Empty = new(Counts.Zero, new Dictionary<string, Counts>());

    public static CategoryScore operator +(CategoryScore a, CategoryScore b)
    {
        var byType = new SortedDictionary<string, Counts>(StringComparer.Ordinal);
        foreach (var (type, c) in a.ByType.Concat(b.ByType))
            byType[type] = byType.TryGetValue(type, out var seen) ? seen + c : c;
        return new CategoryScore(a.Total + b.Total, byType);
    }
}

/// <summary>Of the matched events, how many have exactly the gold EDTF date.</summary>
public sealed record DateScore(int Exact, int Matched)
{
    public double Share => Matched == 0 ? 1 : (double)Exact / Matched;
    public static DateScore operator +(DateScore a, DateScore b) => new(a.Exact + b.Exact, a.Matched + b.Matched);
}

/// <summary>One document's score and the items behind it, rendered so a person can see why.</summary>
public sealed record DocumentScore(
    string Document,
    CategoryScore Entities,
    CategoryScore Relations,
    CategoryScore Events,
    DateScore Dates,
    DocumentErrors Errors);

public sealed record DocumentErrors(
    IReadOnlyList<string> MissedEntities,
    IReadOnlyList<string> FalseEntities,
    IReadOnlyList<string> MissedRelations,
    IReadOnlyList<string> FalseRelations,
    IReadOnlyList<string> MissedEvents,
    IReadOnlyList<string> FalseEvents,
    IReadOnlyList<string> WrongDates);

/// <summary>The micro-averaged score of an evaluation set: the sums of every document's counts.</summary>
public sealed record ScoreReport(
    CategoryScore Entities,
    CategoryScore Relations,
    CategoryScore Events,
    DateScore Dates,
    IReadOnlyList<DocumentScore> Documents)
{
    public static ScoreReport Sum(IReadOnlyList<DocumentScore> documents) => new(
        documents.Aggregate(CategoryScore.Empty, (s, d) => s + d.Entities),
        documents.Aggregate(CategoryScore.Empty, (s, d) => s + d.Relations),
        documents.Aggregate(CategoryScore.Empty, (s, d) => s + d.Events),
        documents.Aggregate(new DateScore(0, 0), (s, d) => s + d.Dates),
        documents);
}
