using System.Text.Json.Nodes;

namespace Graph.Api.Tests;

/// <summary>
/// The execution strategy collects a selection set's fields once per object type and reuses them for every list
/// item and every later request with the same (cached) document. These are the cases where reuse would be wrong:
/// directives whose value comes from variables, and type conditions that differ from item to item.
/// </summary>
public sealed class ListItemFieldsTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private readonly ApiFactory _api = seeded.Api;

    private const string Center = "person:marta-harnecker";

    [Fact]
    public async Task A_skip_directive_follows_each_requests_variable_on_every_list_item()
    {
        const string query = "query($skip: Boolean!) { network(centers: [\"" + Center + "\"], depth: 2) { nodes { key name @skip(if: $skip) } } }";
        foreach (var skip in new[] { false, true, false })
        {
            var nodes = (await _api.DataAsync(query, new { skip }))["network"]!["nodes"]!.AsArray();
            Assert.True(nodes.Count > 1, "the network should have several nodes");
            Assert.All(nodes, n =>
            {
                Assert.NotNull(n!["key"]);
                Assert.Equal(!skip, n.AsObject().ContainsKey("name"));
            });
        }
    }

    [Fact]
    public async Task Type_conditions_are_applied_per_item_type_not_from_the_first_item()
    {
        var nodes = (await _api.DataAsync("""
            { network(centers: ["person:marta-harnecker"], depth: 2) { nodes { type entity { __typename key ... on Person { personKey: key } } } } }
            """))["network"]!["nodes"]!.AsArray();
        var types = nodes.Select(n => n!["entity"]!["__typename"]!.GetValue<string>()).ToHashSet();
        Assert.True(types.Count > 1 && types.Contains("Person"), $"the network should mix entity types, got {string.Join(", ", types)}");
        Assert.All(nodes, n =>
        {
            var entity = n!["entity"]!.AsObject();
            var isPerson = entity["__typename"]!.GetValue<string>() == "Person";
            Assert.Equal(isPerson, entity.ContainsKey("personKey"));
            if (isPerson) Assert.Equal(entity["key"]!.GetValue<string>(), entity["personKey"]!.GetValue<string>());
        });
    }

    [Fact]
    public async Task Fragments_spread_into_list_items_give_the_same_fields_as_inline_selections()
    {
        var inline = await _api.DataAsync("""
            { network(centers: ["person:marta-harnecker"], depth: 2) { edges { id source target type weight } } }
            """);
        var spread = await _api.DataAsync("""
            fragment E on NetworkEdge { id source target type weight }
            { network(centers: ["person:marta-harnecker"], depth: 2) { edges { ...E } } }
            """);
        Assert.True(JsonNode.DeepEquals(inline, spread), $"{inline.ToJsonString()}\n!=\n{spread.ToJsonString()}");
    }
}
