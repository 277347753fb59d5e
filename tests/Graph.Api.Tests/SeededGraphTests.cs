using System.Text.Json.Nodes;
using Graph.Core.Schema;

namespace Graph.Api.Tests;

/// <summary>
/// What researchers ask of the seeded graph. These depend on the extractor finding the facts in seeds/texts;
/// a failure here means the fact is missing from the graph, not that the test should be relaxed.
/// </summary>
public sealed class SeededGraphTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private readonly ApiFactory _api = seeded.Api;

    [Fact]
    public async Task Chavez_timeline_includes_the_April_2002_coup()
    {
        var data = await _api.DataAsync("""
            { entity(id: "person:hugo-chavez") { name ... on Person {
                timeline(first: 100) { nodes { eventType date { edtf earliest latest display } participants { entity { key } } } } } } }
            """);
        var events = data["entity"]!["timeline"]!["nodes"]!.AsArray();
        Assert.Contains(events, e => e!["eventType"]!.GetValue<string>() == "COUP"
            && e["date"]?["earliest"]?.GetValue<string>().CompareTo("2002-04-30") <= 0
            && e["date"]?["latest"]?.GetValue<string>().CompareTo("2002-04-01") >= 0);
        Assert.All(events, e => Assert.Contains(e!["participants"]!.AsArray(), p => p!["entity"]?["key"]?.GetValue<string>() == "person:hugo-chavez"));
    }

    [Fact]
    public async Task A_timeline_filtered_to_April_2002_and_coups_still_finds_it_by_overlap()
    {
        var data = await _api.DataAsync("""
            { timeline(entity: "person:hugo-chavez", from: "2002-04", to: "2002-04", eventTypes: [COUP]) {
                totalCount nodes { eventType date { display } } } }
            """);
        Assert.True(data["timeline"]!["totalCount"]!.GetValue<int>() >= 1, data.ToJsonString());
        Assert.All(data["timeline"]!["nodes"]!.AsArray(), e => Assert.Equal("COUP", e!["eventType"]!.GetValue<string>()));
        var before = await _api.DataAsync("""{ timeline(entity: "person:hugo-chavez", to: "1950", eventTypes: [COUP]) { totalCount } }""");
        JsonAssert.Equal("""{"timeline":{"totalCount":0}}""", before);
    }

    [Fact]
    public async Task Harnecker_network_reaches_Chavez_and_the_Centro_Internacional_Miranda()
    {
        var data = await _api.DataAsync("""
            { entity(id: "person:marta-harnecker") { ... on Person { network(depth: 2) {
                truncated nodes { id name type distance degree } edges { id source target type weight confidence } } } } }
            """);
        var network = data["entity"]!["network"]!;
        var names = network["nodes"]!.AsArray().Select(n => n!["name"]!.GetValue<string>()).ToArray();
        Assert.Contains("Hugo Chávez", names);
        Assert.Contains("Centro Internacional Miranda", names);
        // Edges join nodes of the network, by the same ids.
        var ids = network["nodes"]!.AsArray().Select(n => n!["id"]!.GetValue<string>()).ToHashSet();
        Assert.All(network["edges"]!.AsArray(), e =>
        {
            Assert.Contains(e!["source"]!.GetValue<string>(), ids);
            Assert.Contains(e["target"]!.GetValue<string>(), ids);
            Assert.True(e["weight"]!.GetValue<int>() >= 1);
        });
    }

    [Fact]
    public async Task A_path_links_Trino_Silva_to_Venezuela()
    {
        var data = await _api.DataAsync("""
            { paths(from: "person:trino-silva", to: "place:venezuela", maxLength: 6, first: 3) {
                length nodes { key } relations { type evidence { text } } } }
            """);
        var paths = data["paths"]!.AsArray();
        Assert.NotEmpty(paths);
        foreach (var path in paths)
        {
            var nodes = path!["nodes"]!.AsArray();
            Assert.Equal("person:trino-silva", nodes[0]!["key"]!.GetValue<string>());
            Assert.Equal("place:venezuela", nodes[^1]!["key"]!.GetValue<string>());
            Assert.Equal(nodes.Count - 1, path["relations"]!.AsArray().Count);
        }
    }

    [Fact]
    public async Task Every_relation_returned_has_evidence_that_quotes_its_document()
    {
        var data = await _api.DataAsync("""
            { network(centers: ["person:hugo-chavez", "person:marta-harnecker"], depth: 2, limit: 500) { edges { id } } }
            """);
        var edges = data["network"]!["edges"]!.AsArray();
        Assert.NotEmpty(edges);
        foreach (var edge in edges)
        {
            var relation = (await _api.DataAsync("""
                query($id: ID!) { relation(id: $id) { provenance status evidenceCount
                    evidence { document { key text } sentence text start end method confidence } } }
                """, new { id = edge!["id"]!.GetValue<string>() }))["relation"]!;
            var evidence = relation["evidence"]!.AsArray();
            Assert.True(evidence.Count >= 1, $"relation {edge["id"]} has no evidence");
            Assert.Equal(relation["evidenceCount"]!.GetValue<int>(), evidence.Count);
            foreach (var piece in evidence)
            {
                var text = piece!["document"]!["text"]!.GetValue<string>();
                int start = piece["start"]!.GetValue<int>(), end = piece["end"]!.GetValue<int>();
                Assert.InRange(start, 0, end - 1);
                Assert.InRange(end, start + 1, text.Length);
                Assert.False(string.IsNullOrWhiteSpace(piece["text"]!.GetValue<string>()));
                Assert.InRange(piece["confidence"]!.GetValue<double>(), 0, 1);
            }
        }
    }

    [Fact]
    public async Task Entity_relations_page_with_cursors_and_total_count()
    {
        var first = await _api.DataAsync("""
            { entity(id: "person:marta-harnecker") { relations(first: 2) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { key } } } } }
            """);
        var page1 = first["entity"]!["relations"]!;
        var total = page1["totalCount"]!.GetValue<int>();
        Assert.True(total > 2, $"Harnecker has {total} relations");
        Assert.True(page1["pageInfo"]!["hasNextPage"]!.GetValue<bool>());
        var second = await _api.DataAsync("""
            query($after: String) { entity(id: "person:marta-harnecker") { relations(first: 2, after: $after) { pageInfo { hasPreviousPage } nodes { key } } } }
            """, new { after = page1["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var keys1 = page1["edges"]!.AsArray().Select(e => e!["node"]!["key"]!.GetValue<string>());
        var keys2 = second["entity"]!["relations"]!["nodes"]!.AsArray().Select(n => n!["key"]!.GetValue<string>());
        Assert.Empty(keys1.Intersect(keys2));
        Assert.True(second["entity"]!["relations"]!["pageInfo"]!["hasPreviousPage"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Documents_page_through_all_six_seeds()
    {
        var page1 = await _api.DataAsync("{ documents(first: 4) { totalCount pageInfo { hasNextPage endCursor } nodes { key } } }");
        var page2 = await _api.DataAsync("query($a: String) { documents(first: 4, after: $a) { pageInfo { hasNextPage } nodes { key } } }",
            new { a = page1["documents"]!["pageInfo"]!["endCursor"]!.GetValue<string>() });
        var keys = page1["documents"]!["nodes"]!.AsArray().Concat(page2["documents"]!["nodes"]!.AsArray()).Select(n => n!["key"]!.GetValue<string>()).Order();
        Assert.Equal(["seeds-01", "seeds-02", "seeds-03", "seeds-04", "seeds-05", "seeds-06"], keys);
        JsonAssert.Equal("""{"hasNextPage":false}""", page2["documents"]!["pageInfo"]);
    }

    [Fact]
    public async Task A_document_has_its_text_and_mentions_that_point_into_it()
    {
        var data = await _api.DataAsync("""{ document(id: "seeds-01") { title date { edtf } text mentions { text start end entity { key } } } }""");
        var doc = data["document"]!;
        JsonAssert.Equal("""{"edtf":"2016-01"}""", doc["date"]);
        var text = doc["text"]!.GetValue<string>();
        Assert.StartsWith("The major element missing", text);
        var mentions = doc["mentions"]!.AsArray();
        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m!["text"]!.GetValue<string>(),
            text[m["start"]!.GetValue<int>()..m["end"]!.GetValue<int>()]));
    }

    [Fact]
    public async Task Node_fetches_entities_relations_and_documents_again_by_global_id()
    {
        var data = await _api.DataAsync("""
            { entity(id: "person:hugo-chavez") { id name relations(first: 1) { nodes { id type } } }
              document(id: "seeds-02") { id title } }
            """);
        var entityId = data["entity"]!["id"]!.GetValue<string>();
        var relationId = data["entity"]!["relations"]!["nodes"]![0]!["id"]!.GetValue<string>();
        var documentId = data["document"]!["id"]!.GetValue<string>();
        var again = await _api.DataAsync("""
            query($e: ID!, $r: ID!, $d: ID!) {
              e: node(id: $e) { id ... on Person { name } }
              r: node(id: $r) { id ... on Relation { type } }
              d: node(id: $d) { id ... on Document { title } } }
            """, new { e = entityId, r = relationId, d = documentId });
        JsonAssert.Equal($$"""
            { "e": { "id": "{{entityId}}", "name": "Hugo Chávez" },
              "r": { "id": "{{relationId}}", "type": "{{data["entity"]!["relations"]!["nodes"]![0]!["type"]}}" },
              "d": { "id": "{{documentId}}", "title": "{{data["document"]!["title"]}}" } }
            """, again);
    }

    [Fact]
    public async Task Ontology_lists_the_types_of_graph_schema()
    {
        var data = await _api.DataAsync("{ ontology { entityTypes { name } eventTypes relationTypes { name from to } } }");
        Assert.Equal(Ontology.Default.EntityTypes.Select(t => t.Name), data["ontology"]!["entityTypes"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()));
        Assert.Equal(Ontology.Default.EventTypes, data["ontology"]!["eventTypes"]!.AsArray().Select(t => t!.GetValue<string>()));
        var memberOf = data["ontology"]!["relationTypes"]!.AsArray().Single(r => r!["name"]!.GetValue<string>() == "MEMBER_OF");
        JsonAssert.Equal("""{"name":"MEMBER_OF","from":["Person"],"to":["Organization","Movement"]}""", memberOf);
    }

    [Fact]
    public async Task Stats_count_the_seeded_graph_by_type()
    {
        var data = await _api.DataAsync("{ stats { documents entities relations entitiesByType { type count } } }");
        Assert.Equal(6, data["stats"]!["documents"]!.GetValue<int>());
        var byType = data["stats"]!["entitiesByType"]!.AsArray();
        Assert.Equal(data["stats"]!["entities"]!.GetValue<int>(), byType.Sum(t => t!["count"]!.GetValue<int>()));
        Assert.Contains(byType, t => t!["type"]!.GetValue<string>() == "Person" && t["count"]!.GetValue<int>() > 0);
    }

    [Fact]
    public async Task Full_text_search_ranks_the_person_first()
    {
        var data = await _api.DataAsync("""{ search(text: "Harnecker", types: [PERSON], first: 3) { entity { key type } } }""");
        JsonAssert.Equal("""{"search":[{"entity":{"key":"person:marta-harnecker","type":"PERSON"}}]}""", data);
    }
}
