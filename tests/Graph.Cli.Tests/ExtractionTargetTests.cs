using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

/// <summary>The real extractor on the seed texts, through the store, against the project's targets.</summary>
public class ExtractionTargetTests
{
    [Fact]
    [Trait("Category", "ExtractionTargets")]
    public async Task Seeds_meet_the_extraction_targets()
    {
        var root = RepositoryRoot();

        var run = await CliRun.RunAsync(root, extractor: null, "eval", "seeds/texts", "--gold", "seeds/gold", "--json");

        Assert.True(run.Code == 0, run.Err);
        var json = JsonNode.Parse(run.Out)!;
        var entities = (double)json["entities"]!["f1"]!;
        var relations = (double)json["relations"]!["f1"]!;
        var events = (double)json["events"]!["f1"]!;
        var dates = (double)json["dates"]!["share"]!;
        var figures = $"entity F1 {entities:0.000}, relation F1 {relations:0.000}, event F1 {events:0.000}, exact dates {dates:0.000}";
        Assert.True(entities >= 0.90 && relations >= 0.75 && events >= 0.75 && dates >= 0.80,
            $"Below the targets (entity F1 ≥ 0.90, relation F1 ≥ 0.75, event F1 ≥ 0.75, exact dates ≥ 0.80): {figures}");
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Graph.sln"))) return dir.FullName;
        throw new InvalidOperationException($"No Graph.sln above {AppContext.BaseDirectory}; run the tests from inside the repository.");
    }
}
