namespace Graph.Api.Tests;

/// <summary>
/// The store keeps the entities a network has read on its topology cache; a write must show in the next network,
/// never the entity as it was read before.
/// </summary>
public sealed class NetworkFreshnessTests
{
    private const string Network = """
        { network(centers: ["person:marta-harnecker"], depth: 1) { nodes { key name entity { description aliases } } } }
        """;

    [Fact]
    public async Task A_network_read_again_after_updateEntity_shows_the_new_name_description_and_aliases()
    {
        using var api = new ApiFactory();
        var before = (await api.DataAsync(Network))["network"]!["nodes"]!.AsArray();
        var neighbour = before.First(n => n!["key"]!.GetValue<string>() != "person:marta-harnecker")!["key"]!.GetValue<string>();
        await api.DataAsync(Network); // read twice, so the kept entities are the ones served

        var r = await api.PostAsync("""
            mutation($id: ID!) { updateEntity(id: $id, name: "Renamed Neighbour", description: "Curated.", aliases: ["R. N."]) { name } }
            """, new { id = neighbour }, apiKey: ApiFactory.Key);
        Assert.True(r.Json?["errors"] is null, r.Text);

        var after = (await api.DataAsync(Network))["network"]!["nodes"]!.AsArray();
        var node = after.Single(n => n!["key"]!.GetValue<string>() == neighbour)!;
        Assert.Equal("Renamed Neighbour", node["name"]!.GetValue<string>());
        Assert.Equal("Curated.", node["entity"]!["description"]!.GetValue<string>());
        Assert.Equal(["R. N."], node["entity"]!["aliases"]!.AsArray().Select(a => a!.GetValue<string>()));
    }
}
