using System.Text.Json;
using Graph.Core.Model;
using Graph.Core.Store;
using Graph.Store.Neo4j;
using Graph.Store.Sqlite;
using Graph.Transfer.Tests;

namespace Graph.Cli.Tests;

/// <summary>copy and export: the seeded graph round-trips through both, and the verbs read Neo4j's settings as the API does.</summary>
public sealed class MoveVerbTests : IDisposable
{
    private readonly TempFolder _folder = new();

    private string Db(string name) => Path.Combine(_folder.Path, name);

    /// <summary>The seed texts through the real extractor, then a curator's touch, so the copy has curation to replay.</summary>
    private async Task SeedAsync(string database)
    {
        var ingest = await CliRun.RunAsync(_folder.Path, extractor: null, "ingest", SampleGraph.RepositoryFile(Path.Combine("seeds", "texts")), "--db", database);
        Assert.True(ingest.Code == 0, ingest.Err);
        await using var store = await SqliteGraphStore.OpenAsync(database);
        var relation = (await store.ReadRelationsAsync(null, 1)).Single();
        await store.SetRelationStatusAsync(relation.Id, RelationStatus.Rejected, "checked against the source, wrong");
        var entity = (await store.ReadEntitiesAsync(null, 1)).Single();
        await store.UpdateEntityAsync(entity.Id, new EntityUpdate(Description: "described by a curator, \"by hand\""));
    }

    [Fact]
    public async Task The_seeded_graph_copies_to_another_store_whole_and_a_second_copy_writes_nothing()
    {
        await SeedAsync(Db("a.db"));

        var first = await CliRun.RunAsync(_folder.Path, null, "copy", "--to", "sqlite", "--to-db", "b.db", "--db", "a.db", "--page-size", "2");
        var second = await CliRun.RunAsync(_folder.Path, null, "copy", "--to", "sqlite", "--to-db", "b.db", "--db", "a.db");

        Assert.True(first.Code == 0, first.Err);
        Assert.Contains("6 document(s) copied, 0 already there, 0 failed", first.Out);
        Assert.Contains("1 status(es) set, 1 entity edit(s) applied", first.Out);
        Assert.Equal(await DumpAsync(Db("a.db")), await DumpAsync(Db("b.db")));
        Assert.True(second.Code == 0, second.Err);
        Assert.Contains("0 document(s) copied, 6 already there", second.Out);
        Assert.Contains("nothing was written", second.Out);
    }

    [Fact]
    public async Task The_seeded_graph_exports_as_import_files_that_read_back_to_it()
    {
        await SeedAsync(Db("a.db"));

        var run = await CliRun.RunAsync(_folder.Path, null, "export", "--format", "neo4j-csv", "out", "--db", "a.db");

        Assert.True(run.Code == 0, run.Err);
        Assert.Contains("import.sh", run.Out);
        await using var store = await SqliteGraphStore.OpenAsync(Db("a.db"));
        var stats = await store.GetStatsAsync();
        ImportCsvReader.Table Table(string file) => ImportCsvReader.Read(Path.Combine(_folder.Path, "out", file));
        var entityIds = await store.EntitiesAsync().Select(e => e.Id).ToListAsync();
        Assert.Equal(entityIds, Table("entities.csv").Records().Select(r => r["id:ID(Entity)"]));
        var relationIds = await store.RelationsAsync().Select(r => r.Id).ToListAsync();
        Assert.Equal(relationIds, Table("relations.csv").Records().Select(r => r["id"]));
        Assert.Equal(stats.Documents, Table("documents.csv").Rows.Count);
        Assert.Equal(stats.Mentions, Table("mentions.csv").Rows.Count);
        Assert.Equal(stats.Evidence, Table("evidence.csv").Rows.Count);
        var texts = (await store.ReadDocumentGraphsAsync(null, 50)).ToDictionary(g => g.Document.Id, g => g.Document.Text);
        Assert.Equal(texts, Table("documents.csv").Records().ToDictionary(r => r["id:ID(Document)"]!, r => r["text"]!));
        Assert.Contains("neo4j-admin database import full", File.ReadAllText(Path.Combine(_folder.Path, "out", "import.sh")));
    }

    [Fact]
    public async Task Copy_to_neo4j_takes_the_settings_and_lets_flags_win()
    {
        await SeedAsync(Db("a.db"));
        Neo4jOptions? used = null;
        var settings = new Dictionary<string, string>
        {
            ["Neo4j__Uri"] = "https://graph.example.org:7473", ["Neo4j__User"] = "loader", ["Neo4j__Password"] = "from-env", ["Neo4j__Database"] = "movements",
        };

        // A SQLite file stands in for the Neo4j database: what is checked here is which settings reach the store.
        var run = await CliRun.RunWithAsync(_folder.Path, null, env => env with
        {
            Setting = settings.GetValueOrDefault,
            OpenNeo4j = async (options, ct) => { used = options; return await SqliteGraphStore.OpenAsync(Db("standin.db"), cancellationToken: ct); },
        }, "copy", "--to", "neo4j", "--db", "a.db", "--database", "archive");

        Assert.True(run.Code == 0, run.Err);
        Assert.Equal(("https://graph.example.org:7473", "loader", "from-env", "archive"), (used!.Uri, used.User, used.Password, used.Database));
        Assert.Contains("into Neo4j database 'archive' at https://graph.example.org:7473", run.Out);
        Assert.Equal(await DumpAsync(Db("a.db")), await DumpAsync(Db("standin.db")));
    }

    [Fact]
    public async Task Copy_to_neo4j_without_a_password_says_which_setting_to_give()
    {
        await SeedAsync(Db("a.db"));

        var run = await CliRun.RunAsync(_folder.Path, null, "copy", "--to", "neo4j", "--db", "a.db");

        Assert.Equal(1, run.Code);
        Assert.Contains("Neo4j__Password", run.Err);
    }

    [Fact]
    public async Task Ingest_honours_graph_store_neo4j()
    {
        _folder.Write("in/a.txt", "---\nid: a\ntitle: A\n---\nTrino Silva leads the union at Alcasa.");
        Neo4jOptions? used = null;
        var settings = new Dictionary<string, string> { ["Graph__Store"] = "Neo4j", ["Neo4j__Uri"] = "http://neo4j:7474", ["Neo4j__Password"] = "pw-123456" };

        var run = await CliRun.RunWithAsync(_folder.Path, null, env => env with
        {
            Setting = settings.GetValueOrDefault,
            OpenNeo4j = async (options, ct) => { used = options; return await SqliteGraphStore.OpenAsync(Db("standin.db"), cancellationToken: ct); },
        }, "ingest", "in");

        Assert.True(run.Code == 0, run.Err);
        Assert.Equal("http://neo4j:7474", used!.Uri);
        Assert.Contains("into Neo4j database 'neo4j' at http://neo4j:7474", run.Out);
        Assert.Equal(1, (await CliRun.StatsAsync(Db("standin.db"))).Documents);
        Assert.False(File.Exists(Path.Combine(_folder.Path, "data", "graph.db")));
    }

    [Theory]
    [InlineData(2, "unknown here; known: neo4j-csv", "export", "--format", "graphml", "out")]
    [InlineData(2, "copy needs --to neo4j or --to sqlite", "copy")]
    [InlineData(2, "copy --to sqlite needs --to-db FILE", "copy", "--to", "sqlite", "--db", "a.db")]
    [InlineData(2, "not a whole number from 1 to 10000", "copy", "--to", "sqlite", "--to-db", "b.db", "--page-size", "0")]
    [InlineData(1, "There is no store at", "copy", "--to", "sqlite", "--to-db", "b.db", "--db", "missing.db")]
    [InlineData(1, "There is no store at", "export", "--format", "neo4j-csv", "out", "--db", "missing.db")]
    public async Task Wrong_move_commands_say_what_to_do(int code, string message, params string[] args)
    {
        if (args.Contains("a.db")) await using (await SqliteGraphStore.OpenAsync(Db("a.db"))) { }

        var run = await CliRun.RunAsync(_folder.Path, null, args);

        Assert.Equal((code, true), (run.Code, run.Err.Contains(message)));
    }

    [Fact]
    public async Task Export_refuses_a_folder_that_is_not_empty()
    {
        await using (await SqliteGraphStore.OpenAsync(Db("a.db"))) { }
        _folder.Write("out/old.csv", "stale");

        var run = await CliRun.RunAsync(_folder.Path, null, "export", "--format", "neo4j-csv", "out", "--db", "a.db");

        Assert.Equal(1, run.Code);
        Assert.Contains("is not empty", run.Err);
    }

    /// <summary>The transfer tests' dump: everything the port shows (documents, mentions, evidence, curation, stats).</summary>
    private static async Task<string> DumpAsync(string database)
    {
        await using var store = await SqliteGraphStore.OpenAsync(database);
        return await SampleGraph.DumpAsync(store);
    }

    public void Dispose() => _folder.Dispose();
}
