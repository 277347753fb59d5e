using Graph.Core.Store;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

public sealed class ReferencedIdsTests
{
    [Fact]
    public void A_network_needs_only_the_endpoints_that_are_not_nodes()
    {
        var a = Person("A");
        var b = Person("B");
        var outside = Place("C");
        var network = new Network([Node(a), Node(b)], [Edge("INTERVIEWED", a, b), Edge("FROM", a, outside), Edge("FROM", b, outside)], false);
        Assert.Equal([outside.Id], NetworkExport.ReferencedIds(network));
    }

    [Fact]
    public void A_timeline_needs_its_places_and_participants_once_each()
    {
        var a = Person("A");
        var place = Place("P");
        var e1 = Event("E1", "Strike", "2001");
        var e2 = Event("E2", "Protest", "2002");
        var ids = TimelineExport.ReferencedIds([At(e1, place, (a, null)), At(e2, place, (a, "leader"))]);
        Assert.Equal([place.Id, a.Id], ids);
    }
}
