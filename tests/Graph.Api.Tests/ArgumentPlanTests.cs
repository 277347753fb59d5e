using System.Collections;
using Graph.Api.Validation;
using GraphQL;
using GraphQL.Execution;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// For documents already validated, the API coerces variables and parses arguments from a plan made once per
/// operation instead of GraphQL.NET's two walks. The plan must give exactly what GraphQL.NET's validator gives,
/// and step aside (so that GraphQL.NET reports the error) whenever it cannot.
/// </summary>
public sealed class ArgumentPlanTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private ISchema Schema => seeded.Api.Services.GetRequiredService<ISchema>();

    [Theory]
    [InlineData("query($id: ID!) { timeline(entity: $id, first: 20) { totalCount nodes { key date { edtf } } } }", """{"id":"person:hugo-chavez"}""")]
    [InlineData("query($id: ID!) { network(centers: [$id], depth: 2, limit: 200) { nodes { id } edges { id } } }", """{"id":"person:marta-harnecker"}""")]
    [InlineData("query($id: ID!, $n: Int!) { a: entity(id: $id) { ...E ... on Person { relations(first: $n, direction: OUTGOING) { nodes { id } } } } b: entity(id: \"place:venezuela\") { ...E } } fragment E on Entity { key mentions(first: $n) { nodes { text } } }", """{"id":"person:hugo-chavez","n":3}""")]
    [InlineData("""{ search(text: "chávez", types: [PERSON], first: 5) { entity { key } } network(centers: ["person:hugo-chavez"], from: "1990", to: "1995") { truncated } }""", "{}")]
    public async Task Gives_what_GraphQL_NETs_validator_gives(string query, string variablesJson)
    {
        var (document, operation, inputs) = Parse(query, variablesJson);
        var expected = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = Schema, Document = document, Operation = operation, Variables = inputs, Rules = [],
            UserContext = new Dictionary<string, object?>(), Extensions = Inputs.Empty,
        });
        Assert.True(expected.IsValid);

        var plan = ArgumentPlan.For(Schema, document, operation);
        Assert.NotNull(plan);
        Assert.True(plan.TryApply(document, inputs, out var variables, out var arguments));

        Assert.Equal(Describe(expected.Variables), Describe(variables));
        var want = expected.ArgumentValues ?? new Dictionary<GraphQLField, IDictionary<string, ArgumentValue>>();
        var got = arguments ?? [];
        Assert.Equal(want.Count, got.Count);
        foreach (var (field, values) in want)
        {
            Assert.True(got.TryGetValue(field, out var ours), $"no arguments for field {field.Name.StringValue}");
            Assert.Equal(Describe(values), Describe(ours));
        }
    }

    [Theory]
    [InlineData("query($id: ID) { entity(id: $id) { key } }")]                     // a nullable variable
    [InlineData("query($n: Int! = 3) { entities(search: \"a\", first: $n) { totalCount } }")] // a default value
    [InlineData("query($s: Boolean!) { stats { entities @skip(if: $s) } }")]       // a directive
    public void Has_no_plan_for_operations_outside_its_reach(string query)
    {
        var (document, operation, _) = Parse(query, "{}");
        Assert.Null(ArgumentPlan.For(Schema, document, operation));
    }

    [Theory]
    [InlineData("{}")]                  // missing
    [InlineData("""{"n":null}""")]      // null for a non-null variable
    [InlineData("""{"n":"three"}""")]   // not an Int
    public void Steps_aside_for_variables_GraphQL_NET_must_refuse(string variablesJson)
    {
        var (document, operation, inputs) = Parse("query($n: Int!) { entities(search: \"a\", first: $n) { totalCount } }", variablesJson);
        var plan = ArgumentPlan.For(Schema, document, operation);
        Assert.NotNull(plan);
        Assert.False(plan.TryApply(document, inputs, out _, out _));
    }

    private static (GraphQLDocument, GraphQLOperationDefinition, Inputs) Parse(string query, string variablesJson)
    {
        var document = Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var inputs = new GraphQL.SystemTextJson.GraphQLSerializer().Deserialize<Inputs>(variablesJson) ?? Inputs.Empty;
        return (document, operation, inputs);
    }

    private static string Describe(IEnumerable<Variable>? variables) =>
        string.Join("; ", (variables ?? []).Select(v => $"{v.Name}={Show(v.Value)} specified={v.ValueSpecified} default={v.IsDefault}"));

    private static string Describe(IDictionary<string, ArgumentValue> values) =>
        string.Join("; ", values.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={Show(p.Value.Value)} ({p.Value.Source})"));

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s}\"",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Show)) + "]",
        _ => $"{value} ({value.GetType().Name})",
    };
}
