using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Store.Sqlite.Internal;

namespace Graph.Store.Tests.Sqlite;

/// <summary>The count of entities kept on nodes follows what is kept: a patch that drops one takes it off the count.</summary>
public sealed class TopologyRememberedTests
{
    [Fact]
    public void Dropping_a_kept_entity_on_update_or_removal_lowers_the_count()
    {
        var topology = new Topology(Ontology.Default);
        topology.Load([new NodeRow("person:a", "Person", null, null, null), new NodeRow("person:b", "Person", null, null, null)], []);
        void Keep(string id) => topology.Remember(topology.NodeOf(id), new Entity(id, "Person", id, []), topology.Version);

        Keep("person:a");
        Keep("person:b");
        Keep("person:b"); // already kept: not counted twice
        Assert.Equal(2, topology.Remembered);

        var update = new TopologyChanges();
        update.EntityIds.Add("person:a");
        update.Nodes.Add(new NodeRow("person:a", "Person", null, null, null));
        topology.Apply(update);
        Assert.Equal(1, topology.Remembered);

        var removal = new TopologyChanges();
        removal.EntityIds.Add("person:b");
        topology.Apply(removal);
        Assert.Equal(0, topology.Remembered);

        Keep("person:a");
        Assert.Equal(1, topology.Remembered);
    }
}
