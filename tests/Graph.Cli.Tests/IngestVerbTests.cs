namespace Graph.Cli.Tests;

public class IngestVerbTests
{
    private static ScriptedExtractor Extractor() => new ScriptedExtractor()
        .Entity("Person", "Trino Silva")
        .Entity("Organization", "Alcasa")
        .Relation("Trino Silva", "LEADS", "Alcasa");

    [Fact]
    public async Task Failed_files_are_reported_with_their_reason_and_the_good_ones_are_still_ingested()
    {
        using var folder = new TempFolder();
        folder.Write("in/good.txt", "---\nid: good\ntitle: Good\n---\nTrino Silva leads the union at Alcasa.");
        folder.Write("in/sub/page.html", "<html><body><p>Alcasa workers met Trino Silva.</p></body></html>");
        folder.Write("in/empty.txt", "");
        folder.Write("in/bad-date.md", "---\ndate: someday\n---\nText.");
        folder.Write("in/broken.pdf", "%PDF-1.7 this is not really a PDF"u8.ToArray());
        folder.Write("in/ignored.csv", "a,b\n1,2");

        var run = await CliRun.RunAsync(folder.Path, Extractor(), "ingest", "in", "--db", "db/graph.db");

        Assert.Equal(1, run.Code);
        Assert.Contains("5 file(s)", run.Out);
        Assert.Contains("2 new", run.Out);
        Assert.Contains("3 failed", run.Out);
        Assert.Contains("empty.txt: is empty", run.Err);
        Assert.Contains("bad-date.md: front matter line 2", run.Err);
        Assert.Contains("broken.pdf: is not a readable PDF", run.Err);
        Assert.DoesNotContain("   at ", run.Err);
        var stats = await CliRun.StatsAsync(Path.Combine(folder.Path, "db/graph.db"));
        Assert.Equal(2, stats.Documents);
        Assert.Equal(2, stats.EntitiesByType.Values.Sum());
    }

    [Fact]
    public async Task Re_ingesting_unchanged_files_changes_nothing()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "---\nid: a\ntitle: A\n---\nTrino Silva leads the union at Alcasa.");
        folder.Write("in/b.txt", "Alcasa is in Guayana. Trino Silva spoke.");
        var database = Path.Combine(folder.Path, "graph.db");

        var first = await CliRun.RunAsync(folder.Path, Extractor(), "ingest", "in", "--db", database);
        var before = await CliRun.StatsAsync(database);
        var second = await CliRun.RunAsync(folder.Path, Extractor(), "ingest", "in", "--db", database);
        var after = await CliRun.StatsAsync(database);

        Assert.True(first.Code == 0, first.Err);
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("0 new, 0 updated, 2 unchanged, 0 failed", second.Out);
        Assert.Equal(before.Documents, after.Documents);
        Assert.Equal(before.Mentions, after.Mentions);
        Assert.Equal(before.Evidence, after.Evidence);
        Assert.Equal(before.EntitiesByType.OrderBy(p => p.Key), after.EntitiesByType.OrderBy(p => p.Key));
        Assert.Equal(before.RelationsByType.OrderBy(p => p.Key), after.RelationsByType.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task The_default_store_is_data_graph_db_under_the_working_folder()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Trino Silva at Alcasa.");

        var run = await CliRun.RunAsync(folder.Path, Extractor(), "ingest", "a.txt");

        Assert.True(run.Code == 0, run.Err);
        Assert.True(File.Exists(Path.Combine(folder.Path, "data", "graph.db")));
    }

    [Fact]
    public async Task A_missing_path_fails_but_does_not_stop_the_others()
    {
        using var folder = new TempFolder();
        folder.Write("a.txt", "Trino Silva at Alcasa.");

        var run = await CliRun.RunAsync(folder.Path, Extractor(), "ingest", "a.txt", "nowhere", "--db", "g.db");

        Assert.Equal(1, run.Code);
        Assert.Contains("nowhere: no such file or folder", run.Err);
        Assert.Equal(1, (await CliRun.StatsAsync(Path.Combine(folder.Path, "g.db"))).Documents);
    }
}

public class IngestDuplicateIdTests
{
    [Fact]
    public async Task Two_files_with_one_id_are_reported()
    {
        using var folder = new TempFolder();
        folder.Write("in/a.txt", "---\nid: same\n---\nFirst text.");
        folder.Write("in/b.txt", "---\nid: same\n---\nSecond text.");

        var run = await CliRun.RunAsync(folder.Path, new ScriptedExtractor(), "ingest", "in", "--db", "g.db");

        Assert.Equal(0, run.Code);
        Assert.Contains("b.txt has document id 'same' like", run.Err);
        Assert.Contains("1 new, 1 updated", run.Out);
    }
}
