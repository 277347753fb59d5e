using System.Text;
using Graph.Evaluation.Gold;

namespace Graph.Cli.Tests;

public class ExtractVerbTests
{
    private static ScriptedExtractor Extractor() => new ScriptedExtractor()
        .Entity("Person", "Trino Silva")
        .Entity("Organization", "Alcasa")
        .Relation("Trino Silva", "LEADS", "Alcasa")
        .Event("Strike", "strike", "2005", "Trino Silva");

    [Fact]
    public async Task Json_output_parses_as_the_gold_format_with_evidence()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "---\nid: a-1\ntitle: A\n---\nTrino Silva called a strike at Alcasa.");

        var run = await CliRun.RunAsync(folder.Path, Extractor(), "extract", "a.txt", "--json");

        Assert.True(run.Code == 0, run.Err);
        var gold = GoldJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(run.Out)), "stdout");
        Assert.Equal("a-1", gold.Document);
        Assert.Equal(["Alcasa", "Trino Silva"], gold.Entities.Select(e => e.Name).Order());
        var evidence = Assert.Single(gold.Entities.Single(e => e.Name == "Alcasa").Evidence!);
        Assert.Equal("Alcasa", evidence.Text);
        Assert.Equal("scripted", evidence.Method);
        Assert.NotEmpty(Assert.Single(gold.Relations).Evidence!);
        var ev = Assert.Single(gold.Events);
        Assert.Equal(("Strike", "2005"), (ev.Type, ev.Date));
        Assert.Equal(["Trino Silva"], ev.Participants);
    }

    [Fact]
    public async Task Text_output_lists_entities_relations_and_events()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Trino Silva called a strike at Alcasa.");

        var run = await CliRun.RunAsync(folder.Path, Extractor(), "extract", "a.txt");

        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("Entities (2)", run.Out);
        Assert.Contains("Trino Silva LEADS Alcasa", run.Out);
        Assert.Contains("Strike", run.Out);
    }

    [Fact]
    public async Task An_unreadable_file_is_one_line_on_stderr_and_exit_code_1()
    {
        using var folder = new TempFolder();
        folder.Write("bad.txt", [0x00, 0x01, 0x02]);

        var run = await CliRun.RunAsync(folder.Path, Extractor(), "extract", "bad.txt");

        Assert.Equal(1, run.Code);
        Assert.Single(run.Err.Trim().Split('\n'));
        Assert.Contains("bad.txt: is binary", run.Err);
        Assert.Empty(run.Out);
    }
}

public class UsageTests
{
    [Theory]
    [InlineData(new string[0], "no verb given")]
    [InlineData(new[] { "frobnicate" }, "unknown verb 'frobnicate'")]
    [InlineData(new[] { "extract" }, "extract needs a FILE")]
    [InlineData(new[] { "extract", "a.txt", "--jsn" }, "unknown option '--jsn'")]
    [InlineData(new[] { "eval", "dir", "--gold" }, "--gold needs a value")]
    [InlineData(new[] { "ingest" }, "ingest needs at least one PATH")]
    public async Task Usage_errors_exit_with_2_and_say_what_is_wrong(string[] args, string message)
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync(folder.Path, new ScriptedExtractor(), args);

        Assert.Equal(2, run.Code);
        Assert.StartsWith($"graph: ", run.Err);
        Assert.Contains(message, run.Err.Split('\n')[0]);
        Assert.Contains("Usage: graph", run.Err);
    }

    [Fact]
    public async Task Help_prints_the_usage_and_succeeds()
    {
        using var folder = new TempFolder();

        var run = await CliRun.RunAsync(folder.Path, new ScriptedExtractor(), "--help");

        Assert.Equal(0, run.Code);
        Assert.Contains("extract FILE", run.Out);
    }
}
