using System.Text;
using System.Text.Json;
using Graph.Core.Schema;
using Graph.Core.Store;
using Graph.Store.Neo4j.Internal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Graph.Store.Neo4j.Tests.Contract;

/// <summary>The pieces under the client: parameter JSON, typed values, the whitelist, Lucene escaping, the schema file, registration.</summary>
public sealed class ClientPartsTests
{
    private static string Json(object? value)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer)) ParameterJson.Write(w, value);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Doubles_always_carry_a_decimal_point_so_Neo4j_stores_floats()
    {
        Assert.Equal("[1.0,0.5,2,null,\"x\"]", Json(new object?[] { 1.0, 0.5, 2, null, "x" }));
        Assert.Equal("{\"a\":1,\"b\":[true]}", Json(P.Of(("b", new[] { true }), ("a", 1))));
        Assert.Throws<ArgumentException>(() => Json(double.NaN));
    }

    [Fact]
    public void Typed_integers_keep_64_bit_precision_and_floats_their_value()
    {
        var value = JsonDocument.Parse("""{"$type":"List","_value":[{"$type":"Integer","_value":"9007199254740993"},{"$type":"Float","_value":"1.0"},{"$type":"Null","_value":null},{"$type":"LocalDate","_value":"2002-04-11"}]}""").RootElement;

        var list = Assert.IsAssignableFrom<IReadOnlyList<object?>>(QueryResult.Typed(value));

        Assert.Equal([9007199254740993L, 1.0, null, "2002-04-11"], list);
    }

    [Fact]
    public void Typed_nodes_read_as_element_id_labels_and_properties()
    {
        var node = JsonDocument.Parse("""{"$type":"Node","_value":{"_element_id":"4:abc:0","_labels":["Entity","Person"],"_properties":{"name":{"$type":"String","_value":"Marta"}}}}""").RootElement;

        var map = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(QueryResult.Typed(node));

        Assert.Equal("Marta", V.Map(map["properties"], "properties")["name"]);
        Assert.Equal(["Entity", "Person"], V.List(map["labels"]));
    }

    [Fact]
    public void Plain_rows_are_read_in_field_order()
    {
        var root = JsonDocument.Parse("""{"data":{"fields":["id","n"],"values":[["a",1],["b",2.5]]},"bookmarks":["FB:x"]}""").RootElement;

        var result = QueryResult.Parse(root, typed: false);

        Assert.Equal([("a", 1.0), ("b", 2.5)], result.Rows.Select(r => (r.String("id"), r.Double("n"))));
        Assert.Equal(1L, result.Rows[0].Long("n"));
    }

    [Fact]
    public void Labels_and_types_come_only_from_the_ontology_and_bounds_are_checked()
    {
        var v = new Vocabulary(Ontology.Default);

        Assert.Equal("`Person`", v.Label("Person"));
        Assert.Equal("`FROM`|`LEADS`", v.RelTypes(["LEADS", "FROM"]));
        Assert.Contains("Unknown entity type 'Person`) DETACH DELETE n //'", Assert.Throws<GraphValidationException>(() => v.Label("Person`) DETACH DELETE n //")).Message);
        Assert.Throws<GraphValidationException>(() => v.RelType("KNOWS"));
        Assert.Equal("6", Vocabulary.Bound(6, 1, 6, "Path length"));
        Assert.Contains("Path length 7", Assert.Throws<GraphValidationException>(() => Vocabulary.Bound(7, 1, 6, "Path length")).Message);
    }

    [Fact]
    public void Full_text_queries_quote_and_escape_every_word()
    {
        Assert.Equal("a\\+b\\:c\\\"\\*", Search.EscapeLucene("a+b:c\"*"));
        Assert.Equal("+(name:\"AND\"^10 aliasText:\"AND\"^5 description:\"AND\") +(name:\"x\"^10 aliasText:\"x\"^5 description:\"x\")",
            Search.LuceneQuery(SearchText.Words("AND (x*")));
    }

    [Fact]
    public void The_schema_file_is_idempotent_and_covers_every_ontology_type()
    {
        var statements = SchemaInstaller.Statements().Select(s => s.Cypher).ToList();
        var ontology = Ontology.Default;

        Assert.All(statements, s => Assert.Contains("IF NOT EXISTS", s));
        Assert.Contains(statements, s => s.Contains("FOR (n:Entity) REQUIRE n.id IS UNIQUE"));
        Assert.Contains(statements, s => s.StartsWith("CREATE FULLTEXT INDEX entity_text", StringComparison.Ordinal) && s.Contains("n.aliasText"));
        foreach (var t in ontology.EntityTypes)
            Assert.Contains(statements, s => s.Contains($"FOR (n:`{t.Name}`) REQUIRE n.id IS UNIQUE"));
        foreach (var r in ontology.RelationTypes)
            Assert.Contains(statements, s => s.Contains($"FOR ()-[r:`{r.Name}`]-() ON (r.id)"));
        Assert.DoesNotContain(statements, s => s.Contains("NODE KEY") || s.Contains("IS NOT NULL") || s.Contains("IS ::"));
    }

    [Fact]
    public void Registration_binds_the_Neo4j_section_and_serves_the_port()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Neo4j:Uri"] = "http://neo4j:7474", ["Neo4j:User"] = "graph", ["Neo4j:Password"] = "long-password", ["Neo4j:Database"] = "movements",
        }).Build();
        using var provider = new ServiceCollection().AddNeo4jGraphStore(configuration).BuildServiceProvider();

        var options = provider.GetRequiredService<IOptions<Neo4jOptions>>().Value;

        Assert.Equal(("http://neo4j:7474", "graph", "movements"), (options.Uri, options.User, options.Database));
        Assert.Same(provider.GetRequiredService<Graph.Core.Store.IGraphStore>(), provider.GetRequiredService<Graph.Core.Store.IGraphReader>());
        Assert.IsType<Neo4jGraphStore>(provider.GetRequiredService<Graph.Core.Store.IGraphWriter>());
    }

    [Fact]
    public void Bad_settings_fail_naming_the_setting()
    {
        var http = new HttpClient();
        Assert.Contains("Neo4j:Uri", Assert.Throws<Neo4jStoreException>(() => new Neo4jGraphStore(http, new Neo4jOptions { Uri = "bolt://x:7687", Password = "p" })).Message);
        Assert.Contains("Neo4j:Password", Assert.Throws<Neo4jStoreException>(() => new Neo4jGraphStore(http, new Neo4jOptions())).Message);
    }
}
