using System.Text.Encodings.Web;
using Graph.Api.Validation;
using GraphQL;
using GraphQL.SystemTextJson;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace Graph.Api.Tests;

/// <summary>
/// The API writes execution results with its own converter (leaves straight to the JSON writer). Its output must be
/// GraphQL.SystemTextJson's, byte for byte, for every shape a response takes: objects, lists, nulls, enums, floats,
/// dates, JSON scalars, errors with paths and extensions.
/// </summary>
public sealed class ResultWriterTests(SeededApi seeded) : IClassFixture<SeededApi>
{
    private readonly ApiFactory _api = seeded.Api;

    [Theory]
    [InlineData("""{ network(centers: ["person:marta-harnecker"], depth: 2) { truncated nodes { id key name type distance degree } edges { id source target type weight role date { edtf } confidence } elements graphology } }""")]
    [InlineData("""{ timeline(entity: "person:hugo-chavez", first: 5) { totalCount pageInfo { endCursor hasNextPage } nodes { key name eventType date { edtf earliest latest precision approximate uncertain display } place { name } participants { role entity { name } } } } }""")]
    [InlineData("""{ entity(id: "person:hugo-chavez") { id key name aliases description relations(first: 3) { nodes { id type confidence evidence { text start end method confidence } } } } }""")]
    [InlineData("""{ entity(id: "person:no-such-person") { key } stats { entities relations } }""")]
    [InlineData("""{ a: entity(id: "person:hugo-chavez") { key } b: entity(id: "place:venezuela") { ... on Place { key name } __typename } ontology { relationTypes { name } } }""")]
    [InlineData("""{ paths(from: "person:trino-silva", to: "place:venezuela", maxLength: 3) { length nodes { name } relations { type } } }""")]
    public async Task Writes_what_GraphQL_SystemTextJson_writes(string query)
    {
        using var scope = _api.Services.CreateScope();
        var executer = scope.ServiceProvider.GetRequiredService<IDocumentExecuter<ISchema>>();
        var result = await executer.ExecuteAsync(new ExecutionOptions
        {
            Query = query,
            RequestServices = scope.ServiceProvider,
            UserContext = new RequestContext { IsGet = false, ApiKey = null },
        });
        var ours = scope.ServiceProvider.GetRequiredService<IGraphQLTextSerializer>().Serialize(result);
        // The same options and error formatting as the app's, only without its converter.
        var stock = new GraphQLSerializer(o => o.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            scope.ServiceProvider.GetRequiredService<GraphQL.Execution.IErrorInfoProvider>()).Serialize(result);
        Assert.Equal(stock, ours);
        Assert.Contains("\"data\"", ours);
    }
}
