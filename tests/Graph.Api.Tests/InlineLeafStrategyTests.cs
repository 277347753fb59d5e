using System.Text.Json.Nodes;
using Graph.Api.Schema;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Execution;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace Graph.Api.Tests;

/// <summary>
/// The embedded store's strategy resolves scalar fields inline instead of through GraphQL.NET's node stack. Every
/// kind of scalar resolver it can meet (synchronous, awaited, batch-loaded, throwing a GraphQL error, crashing,
/// null for a non-null field) must give what GraphQL.NET's serial strategy gives: the same data, the same errors
/// with the same paths, the same nulls propagated to the nearest nullable parent.
/// </summary>
public sealed class InlineLeafStrategyTests
{
    private const string Query = """
        {
          items { id name slow later broken crash tags child { id name later } }
          item(id: "b") { id required }
          strict { id required }
          holes { id }
          typed { id name }
          __typename
        }
        """;

    [Fact]
    public async Task Gives_the_same_result_as_GraphQL_NETs_serial_strategy()
    {
        var expected = await RunAsync(new SerialExecutionStrategy());
        var actual = await RunAsync(new InlineLeafStrategy());

        Assert.True(JsonNode.DeepEquals(expected["data"], actual["data"]), $"{expected["data"]}\n!=\n{actual["data"]}");
        // The spec leaves the order of errors open: compare them by path.
        Assert.Equal(Sorted(expected["errors"]), Sorted(actual["errors"]));
        // broken ×2, crash ×2, required, a null item, a refused item: every case is exercised
        Assert.Equal(7, expected["errors"]!.AsArray().Count);
    }

    private static async Task<JsonNode> RunAsync(IExecutionStrategy strategy)
    {
        var schema = new GraphQL.Types.Schema { Query = new TestQuery() };
        var executer = new DocumentExecuter(new GraphQLDocumentBuilder(), new DocumentValidator(),
            new DefaultExecutionStrategySelector([new ExecutionStrategyRegistration(strategy, OperationType.Query)]), []);
        var result = await executer.ExecuteAsync(new ExecutionOptions { Schema = schema, Query = Query });
        return JsonNode.Parse(new GraphQLSerializer().Serialize(result))!;
    }

    private static string[] Sorted(JsonNode? errors) =>
        [.. (errors?.AsArray() ?? []).Select(e => e!.ToJsonString()).Order(StringComparer.Ordinal)];

    private sealed record Item(string Id, string Name, Item? Child = null);

    private static readonly Item[] Items = [new("a", "Alpha", new Item("a1", "Alpha one")), new("b", "Beta")];

    private sealed class TestQuery : ObjectGraphType
    {
        public TestQuery()
        {
            Field<NonNullGraphType<ListGraphType<NonNullGraphType<ItemType>>>>("items").Resolve(_ => Items);
            Field<ItemType>("item").Argument<IdGraphType>("id").Resolve(c => Items.Single(i => i.Id == c.GetArgument<string>("id")));
            Field<NonNullGraphType<StrictType>>("strict").Resolve(_ => Items[0]);
            // List items the strategy builds itself: a null where the list forbids one, an object its type refuses.
            Field<ListGraphType<NonNullGraphType<ItemType>>>("holes").Resolve(_ => new[] { Items[0], null });
            Field<ListGraphType<TypedType>>("typed").Resolve(_ => Items);
        }
    }

    private sealed class ItemType : ObjectGraphType<Item>
    {
        public ItemType()
        {
            Name = "Item";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
            Field<StringGraphType>("name").Resolve(c => c.Source.Name);
            Field<StringGraphType>("slow").ResolveAsync(async c =>
            {
                await Task.Yield(); // completes later: the strategy must await it
                return (object?)c.Source.Name.ToUpperInvariant();
            });
            Field<StringGraphType>("later").Resolve(c => new Loaded(c.Source.Name + " (loaded)"));
            Field<StringGraphType>("broken").Resolve(object? (c) => throw new ExecutionError($"no broken value for {c.Source.Id}") { Code = "BROKEN" });
            Field<StringGraphType>("crash").Resolve(object? (_) => throw new InvalidOperationException("a bug"));
            Field<ListGraphType<StringGraphType>>("tags").Resolve(c => new[] { c.Source.Id, c.Source.Name });
            Field<NonNullGraphType<StringGraphType>>("required").Resolve(c => c.Source.Id == "b" ? null : c.Source.Name);
            Field<ItemType>("child").Resolve(c => c.Source.Child);
        }
    }

    /// <summary>A type whose non-null leaf is non-null everywhere: errors must not null a non-null parent chain wrongly.</summary>
    private sealed class StrictType : ObjectGraphType<Item>
    {
        public StrictType()
        {
            Name = "Strict";
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
            Field<NonNullGraphType<StringGraphType>>("required").Resolve(c => c.Source.Name);
        }
    }

    private sealed class TypedType : ObjectGraphType<Item>
    {
        public TypedType()
        {
            Name = "Typed";
            IsTypeOf = o => o is Item { Id: "a" };
            Field<NonNullGraphType<IdGraphType>>("id").Resolve(c => c.Source.Id);
            Field<StringGraphType>("name").Resolve(c => c.Source.Name);
        }
    }

    private sealed class Loaded(string value) : IDataLoaderResult
    {
        public Task<object?> GetResultAsync(CancellationToken cancellationToken = default) => Task.FromResult<object?>(value);
    }
}
