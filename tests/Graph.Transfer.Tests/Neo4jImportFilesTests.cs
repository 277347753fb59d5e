using System.Globalization;
using System.Text.RegularExpressions;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Store.Neo4j;
using Graph.Store.Neo4j.Internal;
using Graph.Store.Sqlite;
using Graph.Store.Tests.Conformance;

namespace Graph.Transfer.Tests;

/// <summary>The neo4j-admin import files: well-formed for the importer, complete, and equal to the source graph when read back.</summary>
public sealed partial class Neo4jImportFilesTests : IAsyncLifetime
{
    private readonly TempFolder _folder = new();
    private SqliteGraphStore _source = null!;
    private string Out => Path.Combine(_folder.Path, "neo4j-import");

    public async Task InitializeAsync()
    {
        _source = await SampleGraph.OpenAsync(_folder.Path, "source.db");
        await SampleGraph.SeedAsync(_source);
    }

    public async Task DisposeAsync()
    {
        await _source.DisposeAsync();
        _folder.Dispose();
    }

    private ImportCsvReader.Table Table(string file) => ImportCsvReader.Read(Path.Combine(Out, file));

    [Fact]
    public async Task Every_header_is_valid_import_syntax_and_every_relationship_end_names_an_id_space()
    {
        await Neo4jImportFiles.WriteAsync(_source, Out);

        var idSpaces = new HashSet<string>();
        foreach (var file in ImportLayout.NodeFiles)
        {
            var header = Table(file).Header.Select(ParseHeader).ToList();
            Assert.Single(header, h => h.Kind == "LABEL" && h.Name == "");
            Assert.True(header.Count(h => h.Kind == "ID") <= 1, $"{file} has more than one ID column.");
            foreach (var id in header.Where(h => h.Kind == "ID")) Assert.True(idSpaces.Add(id.Space), $"ID space {id.Space} is defined twice.");
        }
        foreach (var file in ImportLayout.RelationshipFiles)
        {
            var header = Table(file).Header.Select(ParseHeader).ToList();
            foreach (var kind in new[] { "START_ID", "END_ID", "TYPE" }) Assert.Single(header, h => h.Kind == kind && h.Name == "");
            foreach (var end in header.Where(h => h.Kind is "START_ID" or "END_ID"))
                Assert.True(idSpaces.Contains(end.Space), $"{file}: {end.Kind}({end.Space}) names no node file's ID space.");
        }
        Assert.Equal(["Alias", "Document", "Entity", "MergedId"], idSpaces.Order());
    }

    [Fact]
    public async Task Row_counts_equal_the_store_statistics()
    {
        var summary = await Neo4jImportFiles.WriteAsync(_source, Out, new Neo4jImportOptions { PageSize = 2 });
        var stats = await _source.GetStatsAsync();

        Assert.Equal(stats.EntitiesByType.Values.Sum(), summary.RowsByFile[ImportLayout.Entities]);
        Assert.Equal(stats.RelationsByType.Values.Sum(), summary.RowsByFile[ImportLayout.Relations]);
        Assert.Equal(stats.Documents, summary.RowsByFile[ImportLayout.Documents]);
        Assert.Equal(stats.Mentions, summary.RowsByFile[ImportLayout.Mentions]);
        Assert.Equal(stats.Evidence, summary.RowsByFile[ImportLayout.Evidence]);
        Assert.Equal(1, summary.RowsByFile[ImportLayout.MergedIds]);
        foreach (var (file, rows) in summary.RowsByFile) Assert.Equal(rows, Table(file).Rows.Count);
        foreach (var (type, count) in stats.RelationsByType)
            Assert.Equal(count, Table(ImportLayout.Relations).Records().Count(r => r[":TYPE"] == type));
    }

    [Fact]
    public async Task Labels_and_types_come_from_the_ontology_and_the_stores_own_vocabulary_only()
    {
        await Neo4jImportFiles.WriteAsync(_source, Out);
        var ontology = Ontology.Default;
        var own = new[] { "Entity", "Document", "Evidence", "Alias", "MergedId" };

        foreach (var file in ImportLayout.NodeFiles)
            foreach (var labels in Table(file).Records().Select(r => r[":LABEL"]!.Split('|')))
                Assert.All(labels, l => Assert.True(own.Contains(l) || ontology.IsEntityType(l), $"{file}: label '{l}' is not whitelisted."));
        foreach (var e in Table(ImportLayout.Entities).Records())
            Assert.Equal(new[] { "Entity", e["type"]! }, e[":LABEL"]!.Split('|'));
        Assert.All(Table(ImportLayout.Relations).Records(), r => Assert.True(ontology.IsRelationType(r[":TYPE"]!), r[":TYPE"]));
        Assert.All(Table(ImportLayout.Contributes).Records(), r => Assert.Equal("CONTRIBUTES", r[":TYPE"]));
        Assert.All(Table(ImportLayout.Mentions).Records(), r => Assert.Equal("MENTIONS", r[":TYPE"]));
        Assert.All(Table(ImportLayout.HasAlias).Records(), r => Assert.Equal("HAS_ALIAS", r[":TYPE"]));
    }

    [Fact]
    public async Task Read_back_the_files_give_the_source_graph()
    {
        await Neo4jImportFiles.WriteAsync(_source, Out, new Neo4jImportOptions { PageSize = 2 });

        var entities = await _source.EntitiesAsync().ToListAsync();
        var fromCsv = Table(ImportLayout.Entities).Records().ToDictionary(r => r["id:ID(Entity)"]!);
        Assert.Equal(entities.Select(e => e.Id), fromCsv.Keys);
        foreach (var e in entities)
        {
            var row = fromCsv[e.Id];
            Assert.Equal((e.Type, e.Name, e.Description, e.ExternalId, e.Event?.EventType, e.Event?.Date?.ToString()),
                (row["type"], row["name"], row["description"], row["externalId"], row["eventType"], row["date"]));
            Assert.Equal(e.Aliases.Order(StringComparer.Ordinal), row["aliases:string[]"]!.Split('|').Where(a => a != e.Name).Order(StringComparer.Ordinal));
            Assert.Equal(row["aliasesFolded:string[]"]!.Split('|').Length, Table(ImportLayout.HasAlias).Records().Count(h => h[":START_ID(Entity)"] == e.Id));
        }

        var relations = await _source.RelationsAsync().ToListAsync();
        var relationRows = Table(ImportLayout.Relations).Records().ToDictionary(r => r["id"]!);
        Assert.Equal(relations.Select(r => r.Id).Order(StringComparer.Ordinal), relationRows.Keys.Order(StringComparer.Ordinal));
        var evidenceRows = Table(ImportLayout.Evidence).Records().ToList();
        foreach (var r in relations)
        {
            var row = relationRows[r.Id];
            Assert.Equal((r.SubjectId, r.ObjectId, r.Type, r.Role, r.Date?.ToString(), r.EvidenceCount, r.Provenance.ToString(), r.Status.ToString(), r.StatusNote),
                (row[":START_ID(Entity)"], row[":END_ID(Entity)"], row[":TYPE"], row["role"], row["date"], int.Parse(row["evidenceCount:int"]!, CultureInfo.InvariantCulture),
                 row["provenance"], row["status"], row["statusNote"]));
            Assert.Equal(r.Confidence, double.Parse(row["confidence:double"]!, CultureInfo.InvariantCulture));
            var evidence = (await _source.GetEvidenceAsync(r.Id)).Select(e => (e.DocumentId, e.Start, e.End, e.Text, e.Method, e.Confidence));
            var csvEvidence = evidenceRows.Where(e => e["relationId"] == r.Id)
                .Select(e => (e["documentId"]!, Int(e["spanStart:int"]), Int(e["spanEnd:int"]), e["text"]!, e["method"]!, double.Parse(e["confidence:double"]!, CultureInfo.InvariantCulture)))
                .OrderBy(e => e.Item1, StringComparer.Ordinal).ThenBy(e => e.Item2).ThenBy(e => e.Item3);
            Assert.Equal(evidence, csvEvidence);
        }

        var mentionRows = Table(ImportLayout.Mentions).Records().ToList();
        var documentRows = Table(ImportLayout.Documents).Records().ToDictionary(r => r["id:ID(Document)"]!);
        foreach (var summary in (await _source.ListDocumentsAsync(new PageRequest(50))).Items)
        {
            var doc = (await _source.GetDocumentAsync(summary.Id))!;
            Assert.Equal((doc.Title, doc.Text, doc.Date?.ToString(), doc.Source, doc.Format),
                (documentRows[doc.Id]["title"], documentRows[doc.Id]["text"], documentRows[doc.Id]["date"], documentRows[doc.Id]["source"], documentRows[doc.Id]["format"]));
            var mentions = (await _source.GetDocumentMentionsAsync(doc.Id)).Select(m => (m.EntityId, m.Start, m.End, m.Text, m.Method, m.Confidence)).Order();
            var csvMentions = mentionRows.Where(m => m[":START_ID(Document)"] == doc.Id)
                .Select(m => (m[":END_ID(Entity)"]!, Int(m["spanStart:int"]), Int(m["spanEnd:int"]), m["text"]!, m["method"]!, double.Parse(m["confidence:double"]!, CultureInfo.InvariantCulture))).Order();
            Assert.Equal(mentions, csvMentions);
        }

        var merge = Assert.Single(Table(ImportLayout.MergedIds).Records());
        Assert.Equal((SampleGraph.SiderurgicaDelOrinoco, SampleGraph.Sidor), (merge["id:ID(MergedId)"], merge["keptId"]));
        Assert.Equal("true", fromCsv[SampleGraph.Sidor]["nameCurated:boolean"]);
        Assert.Equal("true", fromCsv["place:chile"]["descriptionCurated:boolean"]);
        Assert.Equal("false", fromCsv["place:chile"]["nameCurated:boolean"]);
    }

    [Fact]
    public async Task Commas_quotes_and_line_breaks_survive_quoting()
    {
        await Neo4jImportFiles.WriteAsync(_source, Out);

        var marta = Table(ImportLayout.Entities).Records().Single(r => r["id:ID(Entity)"] == SampleGraph.Harnecker);
        Assert.Equal("Chilean \"Marxist\", writer\nand editor", marta["description"]);
        var doc = Table(ImportLayout.Documents).Records().Single(r => r["id:ID(Document)"] == "doc-a");
        Assert.Equal("Harnecker, \"adviser\"", doc["title"]);
        Assert.Contains("\nHarnecker was born", doc["text"]);
        var raw = File.ReadAllText(Path.Combine(Out, ImportLayout.Documents));
        Assert.Contains("\"Harnecker, \"\"adviser\"\"\"", raw);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("cr\rhere", "\"cr\rhere\"")]
    [InlineData("", "\"\"")]
    [InlineData("=SUM(A1)", "=SUM(A1)")]
    public void Quoting_follows_rfc_4180_and_never_alters_text(string value, string expected)
    {
        Assert.Equal(expected, ImportCsv.Quote(value));
        Assert.Equal(value, ImportCsvReader.Parse(ImportCsv.Quote(value) + "\n").Single().Single());
    }

    [Fact]
    public async Task A_name_holding_the_array_delimiter_is_refused_naming_it_and_the_fix()
    {
        var b = new DocBuilder("doc-pipe", "The Frente|Amplio met.");
        b.Entity("Organization", "Frente|Amplio");
        await _source.ApplyDocumentAsync(b.Build());

        var e = await Assert.ThrowsAsync<Neo4jExportException>(() => Neo4jImportFiles.WriteAsync(_source, Out));

        Assert.Contains("'Frente|Amplio'", e.Message);
        Assert.Contains("--array-delimiter", e.Message);
        await Neo4jImportFiles.WriteAsync(_source, Out, new Neo4jImportOptions { ArrayDelimiter = ';' });
        Assert.Contains("Frente|Amplio", Table(ImportLayout.Entities).Records().Select(r => r["name"]));
    }

    [Fact]
    public async Task The_script_imports_every_file_with_the_delimiter_used()
    {
        var summary = await Neo4jImportFiles.WriteAsync(_source, Out, new Neo4jImportOptions { ArrayDelimiter = ';' });

        var script = File.ReadAllText(Path.Combine(Out, ImportLayout.Script));
        Assert.Contains(summary.Command, script);
        Assert.StartsWith("neo4j-admin database import full \"$DATABASE\"", summary.Command);
        foreach (var f in ImportLayout.NodeFiles) Assert.Contains($"--nodes=\"$HERE/{f}\"", summary.Command);
        foreach (var f in ImportLayout.RelationshipFiles) Assert.Contains($"--relationships=\"$HERE/{f}\"", summary.Command);
        Assert.Contains("--array-delimiter=';' --multiline-fields=true", summary.Command);
        Assert.Equal(ImportLayout.NodeFiles.Concat(ImportLayout.RelationshipFiles).Order(), summary.RowsByFile.Keys.Order());
    }

    [Fact]
    public async Task A_delimiter_the_importer_cannot_use_is_refused()
    {
        var e = await Assert.ThrowsAsync<Neo4jExportException>(() => Neo4jImportFiles.WriteAsync(_source, Out, new Neo4jImportOptions { ArrayDelimiter = ',' }));
        Assert.Contains("','", e.Message);
    }

    private static int Int(string? s) => int.Parse(s!, CultureInfo.InvariantCulture);

    private sealed record HeaderField(string Name, string Kind, string Space);

    /// <summary>neo4j-admin's header grammar: name:type for properties, [name]:ID(space), :START_ID(space), :END_ID(space), :LABEL, :TYPE.</summary>
    private static HeaderField ParseHeader(string field)
    {
        var m = HeaderSyntax().Match(field);
        Assert.True(m.Success, $"'{field}' is not a valid neo4j-admin import header field.");
        var kind = m.Groups["kind"].Success ? m.Groups["kind"].Value : "property";
        if (kind is "ID" or "START_ID" or "END_ID") Assert.True(m.Groups["space"].Success, $"'{field}' names no ID space.");
        if (kind == "property") Assert.True(m.Groups["name"].Length > 0, $"'{field}' is a property without a name.");
        return new HeaderField(m.Groups["name"].Value, kind, m.Groups["space"].Value);
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z_][A-Za-z0-9_]*)?(?::(?<kind>ID|START_ID|END_ID)\((?<space>[A-Za-z]+)\)|:(?<kind>LABEL|TYPE)|:(?:int|long|double|float|boolean|string)(?:\[\])?)?$")]
    private static partial Regex HeaderSyntax();
}
