using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    private static Dictionary<string, int> Distances(Network n) => n.Nodes.ToDictionary(x => x.Entity.Id, x => x.Distance);

    [Fact]
    public async Task Network_of_depth_one_holds_the_center_and_its_neighbours()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino]));

        Assert.Equal(new Dictionary<string, int> { [w.Trino] = 0, [w.Alcasa] = 1, [w.Strike] = 1 }, Distances(n));
        Assert.False(n.Truncated);
    }

    [Fact]
    public async Task Network_of_depth_two_adds_neighbours_of_neighbours_at_distance_two()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], Depth: 2));

        Assert.Equal(new Dictionary<string, int> { [w.Trino] = 0, [w.Alcasa] = 1, [w.Strike] = 1, [w.Cvg] = 2, [w.Guayana] = 2 }, Distances(n));
    }

    [Fact]
    public async Task Network_edges_join_returned_nodes_with_evidence_count_as_weight_and_degree_within_the_network()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino]));

        Assert.Equal(3, n.Edges.Count);
        Assert.All(n.Edges, e => Assert.Equal(1, e.Weight));
        Assert.All(n.Nodes, x => Assert.Equal(2, x.Degree));
        var leads = Assert.Single(n.Edges, e => e.Type == "LEADS");
        Assert.Equal((w.Trino, w.Alcasa, "secretary general", "2004/2006", 0.7), (leads.Source, leads.Target, leads.Role, leads.Date?.ToString(), leads.Confidence));
    }

    [Fact]
    public async Task Network_keeps_only_the_asked_relation_types()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], Depth: 3, RelationTypes: ["LEADS", "PART_OF"]));

        Assert.Equal(new Dictionary<string, int> { [w.Trino] = 0, [w.Alcasa] = 1, [w.Cvg] = 2 }, Distances(n));
    }

    [Fact]
    public async Task Network_keeps_only_the_asked_entity_types_besides_the_centers()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], Depth: 2, EntityTypes: ["Organization"]));

        Assert.Equal(new Dictionary<string, int> { [w.Trino] = 0, [w.Alcasa] = 1, [w.Cvg] = 2 }, Distances(n));
    }

    [Fact]
    public async Task Network_period_drops_relations_dated_outside_it_and_keeps_undated_ones()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], Period: EdtfDate.Parse("1990")));

        Assert.Equal(new Dictionary<string, int> { [w.Trino] = 0, [w.Strike] = 1 }, Distances(n));
    }

    [Fact]
    public async Task Network_minimum_confidence_drops_weaker_relations()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], MinConfidence: 0.75));

        Assert.Equal(new Dictionary<string, int> { [w.Trino] = 0, [w.Strike] = 1 }, Distances(n));
    }

    [Fact]
    public async Task Network_hides_rejected_relations_unless_asked()
    {
        var w = await ApplyWorldAsync();
        await Store.SetRelationStatusAsync(RelationId("LEADS", w.Trino, w.Alcasa, "secretary general"), RelationStatus.Rejected, null);

        var hidden = await Store.GetNetworkAsync(new NetworkQuery([w.Trino]));
        var shown = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], IncludeRejected: true));

        Assert.DoesNotContain(hidden.Edges, e => e.Type == "LEADS");
        Assert.Contains(shown.Edges, e => e.Type == "LEADS");
    }

    [Fact]
    public async Task Network_stops_at_the_node_limit_and_says_it_was_truncated()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Trino], Depth: 3, NodeLimit: 4));

        Assert.Equal(4, n.Nodes.Count);
        Assert.True(n.Truncated);
        Assert.All(n.Edges, e => Assert.Contains(n.Nodes, x => x.Entity.Id == e.Source));
        Assert.All(n.Edges, e => Assert.Contains(n.Nodes, x => x.Entity.Id == e.Target));
    }

    [Fact]
    public async Task Network_around_several_centers_puts_each_at_distance_zero()
    {
        var w = await ApplyWorldAsync();

        var n = await Store.GetNetworkAsync(new NetworkQuery([w.Chavez, w.Chile]));

        Assert.Equal(new Dictionary<string, int> { [w.Chavez] = 0, [w.Chile] = 0, [w.Coup] = 1, [w.Harnecker] = 1, [w.ChileanCoup] = 1 }, Distances(n));
    }
}
