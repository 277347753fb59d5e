using System.Runtime.CompilerServices;
using Graph.Core.Schema;
using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>graph-schema/schema.graphql is the contract: the printed SDL must equal it.</summary>
public sealed class SchemaFileTests : IDisposable
{
    private readonly string _emptySeeds = Directory.CreateTempSubdirectory("graph-api-noseed").FullName;
    private readonly ApiFactory _api;

    public SchemaFileTests() => _api = new ApiFactory(settings: new() { ["Graph:SeedDir"] = _emptySeeds });

    public void Dispose()
    {
        _api.Dispose();
        Directory.Delete(_emptySeeds, true);
    }

    private static string SchemaFile([CallerFilePath] string here = "") =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", "graph-schema", "schema.graphql"));

    private string PrintedSchema()
    {
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        return schema.Print(new PrintOptions { IncludeDescriptions = true, IncludeDeprecationReasons = true }).ReplaceLineEndings("\n").TrimEnd() + "\n";
    }

    [Fact]
    public void Printed_schema_equals_the_checked_in_file()
    {
        var printed = PrintedSchema();
        // Regenerate deliberately: GRAPH_UPDATE_SCHEMA=1 dotnet test tests/Graph.Api.Tests --filter SchemaFileTests
        if (Environment.GetEnvironmentVariable("GRAPH_UPDATE_SCHEMA") == "1") File.WriteAllText(SchemaFile(), printed);
        Assert.True(File.Exists(SchemaFile()), $"{SchemaFile()} is missing; run with GRAPH_UPDATE_SCHEMA=1 to write it.");
        var expected = File.ReadAllText(SchemaFile()).ReplaceLineEndings("\n");
        Assert.True(expected == printed,
            "The schema changed but graph-schema/schema.graphql did not. Review the change, then run with GRAPH_UPDATE_SCHEMA=1 to update the file.\n"
            + FirstDifference(expected, printed));
    }

    [Fact]
    public void Every_entity_type_of_the_ontology_is_an_object_type_implementing_Entity_and_Node()
    {
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        foreach (var type in Ontology.Default.EntityTypes)
        {
            var graphType = Assert.IsAssignableFrom<IObjectGraphType>(schema.AllTypes[type.Name]);
            Assert.Contains(graphType.ResolvedInterfaces, i => i.Name == "Entity");
            Assert.Contains(graphType.ResolvedInterfaces, i => i.Name == "Node");
        }
    }

    [Fact]
    public void Enums_list_exactly_the_ontology_types()
    {
        var schema = _api.Services.GetRequiredService<ISchema>();
        schema.Initialize();
        Assert.Equal(Ontology.Default.RelationTypes.Select(t => t.Name), ((EnumerationGraphType)schema.AllTypes["RelationType"]!).Values.Select(v => (string)v.Value!));
        Assert.Equal(Ontology.Default.EntityTypes.Select(t => t.Name), ((EnumerationGraphType)schema.AllTypes["EntityType"]!).Values.Select(v => (string)v.Value!));
        Assert.Equal(Ontology.Default.EventTypes, ((EnumerationGraphType)schema.AllTypes["EventType"]!).Values.Select(v => (string)v.Value!));
    }

    private static string FirstDifference(string a, string b)
    {
        var la = a.Split('\n');
        var lb = b.Split('\n');
        for (var i = 0; i < Math.Max(la.Length, lb.Length); i++)
        {
            var x = i < la.Length ? la[i] : "<end>";
            var y = i < lb.Length ? lb[i] : "<end>";
            if (x != y) return $"line {i + 1}: file has '{x}', printed schema has '{y}'";
        }
        return "";
    }
}
