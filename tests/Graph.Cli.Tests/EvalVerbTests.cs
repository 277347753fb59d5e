using System.Text.Json.Nodes;

namespace Graph.Cli.Tests;

public class EvalVerbTests
{
    private const string Text = """
        ---
        id: tiny-01
        title: A tiny test piece
        date: 2005-07
        ---
        Hugo Chávez led Venezuela. Marta Harnecker wrote A World to Build. The coup failed.
        """;

    // Gold: 4 entities, 2 relations, 1 event. The scripted prediction gets Chávez and Venezuela right, types
    // Harnecker wrongly, misses the book and AUTHORED, and finds the coup with a more precise date than the gold.
    private const string Gold = """
        {"document": "tiny-01",
         "entities": [
           {"name": "Hugo Chávez", "type": "Person", "aliases": ["Chávez"]},
           {"name": "Venezuela", "type": "Place"},
           {"name": "Marta Harnecker", "type": "Person"},
           {"name": "A World to Build", "type": "Work"}],
         "relations": [
           {"subject": "Chávez", "type": "LEADS", "object": "Venezuela"},
           {"subject": "Marta Harnecker", "type": "AUTHORED", "object": "A World to Build"}],
         "events": [
           {"type": "Coup", "date": "2002-04", "participants": ["Hugo Chávez"], "name": "the coup"}]}
        """;

    private static ScriptedExtractor Prediction() => new ScriptedExtractor()
        .Entity("Person", "Hugo Chávez")
        .Entity("Place", "Venezuela")
        .Entity("Organization", "Marta Harnecker")
        .Relation("Hugo Chávez", "LEADS", "Venezuela")
        .Event("Coup", "coup", "2002-04-11", "Hugo Chávez");

    private static TempFolder TinySet()
    {
        var folder = new TempFolder();
        folder.Write("set/texts/tiny-01.txt", Text);
        folder.Write("set/gold/tiny-01.gold.json", Gold);
        return folder;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Computes_the_hand_computed_figures_through_the_store_and_directly(bool noStore)
    {
        using var folder = TinySet();
        string[] args = noStore ? ["eval", "set/texts", "--json", "--no-store"] : ["eval", "set/texts", "--json"];

        var run = await CliRun.RunAsync(folder.Path, Prediction(), args);

        Assert.True(run.Code == 0, run.Err);
        var json = JsonNode.Parse(run.Out)!;
        AssertCounts(json["entities"]!, tp: 2, fp: 1, fn: 2);
        Assert.Equal(2.0 / 3, (double)json["entities"]!["precision"]!, 3);
        Assert.Equal(0.5, (double)json["entities"]!["recall"]!, 3);
        AssertCounts(json["relations"]!, tp: 1, fp: 0, fn: 1);
        AssertCounts(json["events"]!, tp: 1, fp: 0, fn: 0);
        Assert.Equal(0, (int)json["dates"]!["exact"]!);
        Assert.Equal(1, (int)json["dates"]!["matched"]!);
        var doc = json["documents"]![0]!;
        Assert.Equal("tiny-01", (string)doc["document"]!);
        Assert.Contains("Organization Marta Harnecker", doc["falsePositives"]!["entities"]!.AsArray().Select(n => (string)n!));
        Assert.Contains("Marta Harnecker AUTHORED A World to Build", doc["misses"]!["relations"]!.AsArray().Select(n => (string)n!));
    }

    [Fact]
    public async Task The_human_report_shows_totals_per_type_and_per_document_errors()
    {
        using var folder = TinySet();

        var run = await CliRun.RunAsync(folder.Path, Prediction(), "eval", "set/texts", "--gold", "set/gold");

        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("entities", run.Out);
        Assert.Contains("  Person", run.Out);
        Assert.Contains("exact dates: 0/1", run.Out);
        Assert.Contains("== tiny-01", run.Out);
        Assert.Contains("missed entities (2):", run.Out);
        Assert.Contains("Work A World to Build", run.Out);
    }

    [Fact]
    public async Task A_folder_without_gold_fails_with_one_line()
    {
        using var folder = new TempFolder();
        folder.Write("texts/a.txt", "Some text.");

        var run = await CliRun.RunAsync(folder.Path, Prediction(), "eval", "texts");

        Assert.Equal(1, run.Code);
        Assert.Contains("no NAME.txt with a NAME.gold.json", run.Err);
        Assert.Single(run.Err.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_broken_gold_file_is_named()
    {
        using var folder = TinySet();
        folder.Write("set/gold/tiny-01.gold.json", """{"document": "tiny-01", "entities": [{"name": "X", "type": "Human"}]}""");

        var run = await CliRun.RunAsync(folder.Path, Prediction(), "eval", "set/texts");

        Assert.Equal(1, run.Code);
        Assert.Contains("tiny-01.gold.json, entities[0]", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
    }

    private static void AssertCounts(JsonNode category, int tp, int fp, int fn) =>
        Assert.Equal((tp, fp, fn), ((int)category["tp"]!, (int)category["fp"]!, (int)category["fn"]!));
}
