using Graph.Evaluation.Scoring;
using static Graph.Evaluation.Tests.Build;

namespace Graph.Evaluation.Tests;

public class ReportTests
{
    private readonly Scorer _scorer = new();

    [Fact]
    public void Documents_are_micro_averaged()
    {
        // Doc 1: 3 of 3 right. Doc 2: 0 of 1 right with 1 wrong. Macro F1 would be 0.5; micro is 3/4 both ways.
        var one = (Doc([E("Person", "A"), E("Person", "B"), E("Person", "C")], id: "d1"), Doc([E("Person", "A"), E("Person", "B"), E("Person", "C")], id: "d1"));
        var two = (Doc([E("Place", "Chile")], id: "d2"), Doc([E("Place", "Peru")], id: "d2"));

        var report = _scorer.Score([one, two]);

        Assert.Equal(new Counts(3, 1, 1), report.Entities.Total);
        Assert.Equal(0.75, report.Entities.Total.Precision, 6);
        Assert.Equal(0.75, report.Entities.Total.Recall, 6);
        Assert.Equal(new Counts(3, 0, 0), report.Entities.ByType["Person"]);
        Assert.Equal(2, report.Documents.Count);
    }

    [Fact]
    public void Nothing_to_find_and_nothing_found_is_perfect_but_one_sided_emptiness_is_not()
    {
        Assert.Equal(1.0, Counts.Zero.F1);
        Assert.Equal(0.0, new Counts(0, 2, 0).F1);
        Assert.Equal(0.0, new Counts(0, 0, 2).F1);
        Assert.Equal(2.0 / 3, new Counts(1, 0, 1).F1, 6);
    }

    [Fact]
    public void The_json_report_has_the_documented_top_level_fields()
    {
        var report = _scorer.Score([(Doc([E("Person", "A")]), Doc([E("Person", "A"), E("Person", "B")]))]);

        var json = ScoreReportJson.ToJson(report);

        Assert.Equal(0.5, (double)json["entities"]!["precision"]!);
        Assert.Equal(1, (int)json["entities"]!["fp"]!);
        Assert.Equal(0, (int)json["dates"]!["matched"]!);
        Assert.Equal("Person B", (string)json["documents"]![0]!["falsePositives"]!["entities"]![0]!);
        Assert.NotNull(json["relations"]!["f1"]);
        Assert.NotNull(json["events"]!["tp"]);
    }
}
