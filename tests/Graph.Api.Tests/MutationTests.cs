using System.Net;
using System.Text.Json.Nodes;

namespace Graph.Api.Tests;

/// <summary>Writes, each test on its own freshly seeded store; refused writes must leave the graph exactly as it was.</summary>
public sealed class MutationTests
{
    private const string Snapshot = "{ stats { documents entities relations mentions evidence } }";
    private const string Ingest = """
        mutation($input: IngestDocumentInput!) { ingestDocument(input: $input) {
            unchanged replaced entityCount relationCount document { key title date { edtf } format } entities { key name } } }
        """;

    private static async Task<(Response Response, JsonNode Before, JsonNode After)> Refused(ApiFactory api, string mutation, object? variables, string? key)
    {
        var before = await api.DataAsync(Snapshot);
        var response = await api.PostAsync(mutation, variables, key);
        var after = await api.DataAsync(Snapshot);
        return (response, before, after);
    }

    [Fact]
    public async Task With_no_key_configured_mutations_are_MUTATIONS_DISABLED_and_say_how_to_set_one()
    {
        using var api = new ApiFactory(apiKey: null);
        var (r, before, after) = await Refused(api, "mutation { deleteDocument(id: \"seeds-01\") { deleted } }", null, "anything");
        Assert.Equal("MUTATIONS_DISABLED", r.Code);
        Assert.Contains("Graph__ApiKey", r.Message);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    [InlineData("")]
    public async Task Without_the_right_key_mutations_are_UNAUTHORIZED_and_change_nothing(string? key)
    {
        using var api = new ApiFactory();
        var (r, before, after) = await Refused(api, "mutation { deleteDocument(id: \"seeds-01\") { deleted } }", null, key);
        Assert.Equal("UNAUTHORIZED", r.Code);
        Assert.Contains("X-Api-Key", r.Message);
        JsonAssert.Equal(before.ToJsonString(), after);
        JsonAssert.Equal("""{"document":{"key":"seeds-01"}}""", await api.DataAsync("""{ document(id: "seeds-01") { key } }"""));
    }

    [Fact]
    public async Task IngestDocument_reads_a_PDF_sent_as_base64()
    {
        using var api = new ApiFactory();
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        var font = builder.AddStandard14Font(UglyToad.PdfPig.Fonts.Standard14Fonts.Standard14Font.Helvetica);
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4)
            .AddText("In 1998 Hugo Chavez won the election in Venezuela.", 12, new UglyToad.PdfPig.Core.PdfPoint(50, 700), font);
        var input = new { title = "A PDF", contentBase64 = Convert.ToBase64String(builder.Build()), format = "pdf" };

        var r = await api.PostAsync(Ingest, new { input }, ApiFactory.Key);

        Assert.True(r.Json?["errors"] is null, r.Text);
        var result = r.Json!["data"]!["ingestDocument"]!;
        Assert.Equal("pdf", result["document"]!["format"]!.GetValue<string>());
        Assert.Contains(result["entities"]!.AsArray(), e => e!["key"]!.GetValue<string>() == "place:venezuela");
    }

    [Theory]
    [InlineData("not base64 at all!", "pdf")]
    [InlineData("JVBERi0xLjQKJSBicm9rZW4=", "pdf")] // "%PDF-1.4\n% broken": a PDF header and nothing else
    [InlineData("aGVsbG8=", "docx")]
    public async Task IngestDocument_with_bad_file_content_is_INVALID_DOCUMENT_and_changes_nothing(string contentBase64, string format)
    {
        using var api = new ApiFactory();
        var (r, before, after) = await Refused(api, Ingest, new { input = new { title = "Bad", contentBase64, format } }, ApiFactory.Key);
        Assert.Equal("INVALID_DOCUMENT", r.Code);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    public static TheoryData<string, string> BadDocuments => new()
    {
        { "", "INVALID_DOCUMENT" },
        { "   \n\t  ", "INVALID_DOCUMENT" },
        { "PK\u0003\u0004\u0014\0\u0006\0\b\0\0\0!\0binary", "INVALID_DOCUMENT" },
        { string.Concat(Enumerable.Repeat("\u0001\u0002\u0003\u0004\u0005ab", 40)), "INVALID_DOCUMENT" },
    };

    [Theory]
    [MemberData(nameof(BadDocuments))]
    public async Task IngestDocument_with_empty_or_binary_text_is_INVALID_DOCUMENT_and_changes_nothing(string text, string code)
    {
        using var api = new ApiFactory();
        var (r, before, after) = await Refused(api, Ingest, new { input = new { title = "Bad", text } }, ApiFactory.Key);
        Assert.Equal(code, r.Code);
        Assert.Contains("text", r.Message);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    [Fact]
    public async Task IngestDocument_with_an_invalid_date_is_INVALID_EDTF_and_changes_nothing()
    {
        using var api = new ApiFactory();
        var (r, before, after) = await Refused(api, Ingest,
            new { input = new { title = "Dated", text = "Hugo Chávez spoke in Caracas.", date = "last spring" } }, ApiFactory.Key);
        Assert.Equal("INVALID_EDTF", r.Code);
        Assert.Contains("'last spring'", r.Message);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    [Fact]
    public async Task IngestDocument_with_an_unknown_format_is_INVALID_DOCUMENT()
    {
        using var api = new ApiFactory();
        var (r, before, after) = await Refused(api, Ingest, new { input = new { title = "T", text = "Some text.", format = "docx" } }, ApiFactory.Key);
        Assert.Equal("INVALID_DOCUMENT", r.Code);
        Assert.Contains("'docx'", r.Message);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    [Fact]
    public async Task IngestDocument_extracts_and_stores_one_document_and_a_second_time_changes_nothing()
    {
        using var api = new ApiFactory();
        var input = new
        {
            title = "A note on Venezuela",
            text = "In April 2002 a coup briefly removed Hugo Chávez from power in Venezuela. Marta Harnecker wrote about it.",
            date = "2003",
            source = "test",
        };
        var first = await api.PostAsync(Ingest, new { input }, ApiFactory.Key);
        Assert.True(first.Json?["errors"] is null, first.Text);
        var result = first.Json!["data"]!["ingestDocument"]!;
        Assert.False(result["unchanged"]!.GetValue<bool>());
        JsonAssert.Equal("""{"edtf":"2003"}""", result["document"]!["date"]);
        Assert.Equal("text", result["document"]!["format"]!.GetValue<string>());
        Assert.Contains(result["entities"]!.AsArray(), e => e!["key"]!.GetValue<string>() == "place:venezuela");
        JsonAssert.Equal("""{"stats":{"documents":7}}""", await api.DataAsync("{ stats { documents } }"));

        var again = await api.PostAsync(Ingest, new { input }, ApiFactory.Key);
        Assert.True(again.Json!["data"]!["ingestDocument"]!["unchanged"]!.GetValue<bool>(), again.Text);
        JsonAssert.Equal("""{"stats":{"documents":7}}""", await api.DataAsync("{ stats { documents } }"));
    }

    [Fact]
    public async Task DeleteDocument_removes_it_and_an_unknown_id_is_NOT_FOUND()
    {
        using var api = new ApiFactory();
        var r = await api.PostAsync("""mutation { deleteDocument(id: "seeds-06") { key deleted } }""", apiKey: ApiFactory.Key);
        JsonAssert.Equal("""{"data":{"deleteDocument":{"key":"seeds-06","deleted":true}}}""", r.Json);
        JsonAssert.Equal("""{"stats":{"documents":5}}""", await api.DataAsync("{ stats { documents } }"));
        var (missing, before, after) = await Refused(api, """mutation { deleteDocument(id: "seeds-06") { deleted } }""", null, ApiFactory.Key);
        Assert.Equal("NOT_FOUND", missing.Code);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    [Fact]
    public async Task A_rejected_relation_leaves_traversals_but_keeps_its_evidence()
    {
        using var api = new ApiFactory();
        const string relations = """
            query($inc: Boolean) { entity(id: "person:marta-harnecker") { relations(first: 100, includeRejected: $inc) { totalCount nodes { id key } } } }
            """;
        var all = (await api.DataAsync(relations, new { inc = false }))["entity"]!["relations"]!;
        var target = all["nodes"]![0]!;
        var r = await api.PostAsync("""
            mutation($id: ID!) { setRelationStatus(id: $id, status: REJECTED, note: "misread") { status statusNote evidenceCount } }
            """, new { id = target["id"]!.GetValue<string>() }, ApiFactory.Key);
        Assert.True(r.Json?["errors"] is null, r.Text);
        Assert.Equal("REJECTED", r.Json!["data"]!["setRelationStatus"]!["status"]!.GetValue<string>());
        Assert.Equal("misread", r.Json!["data"]!["setRelationStatus"]!["statusNote"]!.GetValue<string>());

        var hidden = (await api.DataAsync(relations, new { inc = false }))["entity"]!["relations"]!;
        Assert.Equal(all["totalCount"]!.GetValue<int>() - 1, hidden["totalCount"]!.GetValue<int>());
        var shown = (await api.DataAsync(relations, new { inc = true }))["entity"]!["relations"]!;
        Assert.Equal(all["totalCount"]!.GetValue<int>(), shown["totalCount"]!.GetValue<int>());
        var evidence = await api.DataAsync("query($id: ID!) { relation(id: $id) { status evidence { text } } }", new { id = target["key"]!.GetValue<string>() });
        Assert.NotEmpty(evidence["relation"]!["evidence"]!.AsArray());
    }

    [Fact]
    public async Task AddRelation_is_curated_and_an_ontology_violation_is_INVALID_VALUE()
    {
        using var api = new ApiFactory();
        var ok = await api.PostAsync("""
            mutation { addRelation(input: { type: ADVISED, subject: "person:marta-harnecker", object: "person:hugo-chavez", date: "2002/2006" }) {
                type provenance date { edtf } subject { key } object { key } } }
            """, apiKey: ApiFactory.Key);
        JsonAssert.Equal("""
            {"data":{"addRelation":{"type":"ADVISED","provenance":"CURATED","date":{"edtf":"2002/2006"},
              "subject":{"key":"person:marta-harnecker"},"object":{"key":"person:hugo-chavez"}}}}
            """, ok.Json);

        var (bad, before, after) = await Refused(api, """
            mutation { addRelation(input: { type: MEMBER_OF, subject: "place:venezuela", object: "person:hugo-chavez" }) { type } }
            """, null, ApiFactory.Key);
        Assert.Equal("INVALID_VALUE", bad.Code);
        Assert.Contains("MEMBER_OF", bad.Message);
        JsonAssert.Equal(before.ToJsonString(), after);
    }

    [Fact]
    public async Task UpdateEntity_changes_only_what_is_given()
    {
        using var api = new ApiFactory();
        var r = await api.PostAsync("""
            mutation { updateEntity(id: "person:marta-harnecker", description: "Chilean Marxist author") { name description } }
            """, apiKey: ApiFactory.Key);
        JsonAssert.Equal("""{"data":{"updateEntity":{"name":"Marta Harnecker","description":"Chilean Marxist author"}}}""", r.Json);
    }

    [Fact]
    public async Task MergeEntities_folds_one_into_the_other_and_the_removed_id_is_gone()
    {
        using var api = new ApiFactory();
        // Two people of the seeded graph, whoever the extractor found: the merge mechanics do not depend on who.
        var people = (await api.DataAsync("""{ network(centers: ["person:marta-harnecker", "person:hugo-chavez"], depth: 3) { nodes { key name type } } }"""))
            ["network"]!["nodes"]!.AsArray().Where(n => n!["type"]!.GetValue<string>() == "PERSON")
            .Select(n => (Key: n!["key"]!.GetValue<string>(), Name: n["name"]!.GetValue<string>()))
            .Where(p => p.Key != "person:marta-harnecker").Take(2).ToArray();
        Assert.Equal(2, people.Length);
        var (keep, remove) = (people[0], people[1]);
        var r = await api.PostAsync("mutation($k: ID!, $r: ID!) { mergeEntities(keep: $k, remove: $r) { key name aliases } }",
            new { k = keep.Key, r = remove.Key }, ApiFactory.Key);
        Assert.True(r.Json?["errors"] is null, r.Text);
        Assert.Equal(keep.Key, r.Json!["data"]!["mergeEntities"]!["key"]!.GetValue<string>());
        Assert.Contains(remove.Name, r.Json!["data"]!["mergeEntities"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
        var gone = await api.PostAsync("query($id: ID!) { entity(id: $id) { key } }", new { id = remove.Key });
        Assert.Equal("NOT_FOUND", gone.Code);
    }
}
