using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>The real extractor on the seed texts, through the store, against the project's targets.</summary>
public class ExtractionTargetTests
{
    private sealed record Scores(double Entities, double Relations, double Events, double Dates)
    {
        public override string ToString() =>
            $"entity F1 {Entities:0.000}, relation F1 {Relations:0.000}, event F1 {Events:0.000}, exact dates {Dates:0.000}";
    }

    // The seed texts are the set the extractor was tuned on; the development and hidden sets, scored outside CI,
    // hold it to the same targets. One evaluation, two bars: the targets, then a ratchet just under the
    // figures measured when it was last set, so that a change making extraction worse on the seeds fails here.
    [Fact]
    [Trait("Category", "ExtractionTargets")]
    public async Task Seeds_meet_the_targets_and_do_not_fall_below_the_measured_floor()
    {
        var scores = await EvaluateSeedsAsync();
        Assert.True(scores is { Entities: >= 0.90, Relations: >= 0.75, Events: >= 0.75, Dates: >= 0.80 },
            $"Below the targets (entity F1 ≥ 0.90, relation F1 ≥ 0.75, event F1 ≥ 0.75, exact dates ≥ 0.80): {scores}");
        Assert.True(scores is { Entities: >= 0.93, Relations: >= 0.80, Events: >= 0.75, Dates: >= 0.85 },
            $"Extraction on the seeds fell below its floor (entity F1 0.93, relation F1 0.80, event F1 0.75, exact dates 0.85): {scores}");
    }

    private static async Task<Scores> EvaluateSeedsAsync()
    {
        var run = await CliRun.RunAsync(RepositoryRoot(), extractor: null, "eval", "seeds/texts", "--gold", "seeds/gold", "--json");
        Assert.True(run.Code == 0, run.Err);
        var json = JsonNode.Parse(run.Out)!;
        return new Scores(
            (double)json["entities"]!["f1"]!,
            (double)json["relations"]!["f1"]!,
            (double)json["events"]!["f1"]!,
            (double)json["dates"]!["share"]!);
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
