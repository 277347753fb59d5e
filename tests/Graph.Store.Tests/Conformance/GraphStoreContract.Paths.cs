using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    [Fact]
    public async Task Paths_come_shortest_first()
    {
        var w = await ApplyWorldAsync();

        var paths = await Store.FindPathsAsync(new PathQuery(w.Trino, w.Guayana));

        Assert.Equal([2, 2, 3], paths.Select(p => p.Length));
        Assert.Equal([w.Trino, w.Strike, w.Guayana], paths[0].NodeIds);
        Assert.Equal([w.Trino, w.Alcasa, w.Guayana], paths[1].NodeIds);
    }

    [Fact]
    public async Task Paths_follow_relations_against_their_direction()
    {
        var w = await ApplyWorldAsync();

        var path = Assert.Single(await Store.FindPathsAsync(new PathQuery(w.Venezuela, w.Harnecker, First: 1)));

        Assert.Equal([w.Venezuela, w.Coup, w.Chavez, w.Harnecker], path.NodeIds);
        Assert.Equal([Ontology.EventPlaceRelation, Ontology.ParticipationRelation, "ADVISED"], path.Relations.Select(r => r.Type));
        Assert.Equal(w.Harnecker, path.Relations[2].SubjectId);
    }

    [Fact]
    public async Task Paths_stop_at_the_asked_number()
    {
        var w = await ApplyWorldAsync();

        Assert.Single(await Store.FindPathsAsync(new PathQuery(w.Trino, w.Guayana, First: 1)));
    }

    [Fact]
    public async Task Paths_longer_than_the_maximum_length_are_left_out()
    {
        var w = await ApplyWorldAsync();

        Assert.Empty(await Store.FindPathsAsync(new PathQuery(w.Trino, w.Guayana, MaxLength: 1)));
        Assert.All(await Store.FindPathsAsync(new PathQuery(w.Trino, w.Venezuela, MaxLength: 4, First: 20)), p => Assert.True(p.Length <= 4));
    }

    [Fact]
    public async Task Paths_use_only_the_asked_relation_types()
    {
        var w = await ApplyWorldAsync();

        var paths = await Store.FindPathsAsync(new PathQuery(w.Trino, w.Guayana, RelationTypes: ["LEADS", Ontology.ContainmentRelation]));

        Assert.Equal([w.Trino, w.Alcasa, w.Guayana], Assert.Single(paths).NodeIds);
    }

    [Fact]
    public async Task Paths_pass_only_through_the_asked_entity_types()
    {
        var w = await ApplyWorldAsync();

        var paths = await Store.FindPathsAsync(new PathQuery(w.Trino, w.Guayana, EntityTypes: ["Organization"]));

        Assert.Equal([w.Trino, w.Alcasa, w.Guayana], Assert.Single(paths).NodeIds);
    }

    [Fact]
    public async Task Paths_never_visit_a_node_twice_and_join_their_nodes()
    {
        var w = await ApplyWorldAsync();

        var paths = await Store.FindPathsAsync(new PathQuery(w.Trino, w.Venezuela, MaxLength: 6, First: 20));

        Assert.NotEmpty(paths);
        Assert.Equal(paths.Count, paths.Select(p => string.Join(">", p.Relations.Select(r => r.Id))).Distinct().Count());
        foreach (var p in paths)
        {
            Assert.Equal(p.NodeIds.Count, p.NodeIds.Distinct().Count());
            for (var i = 0; i < p.Length; i++)
            {
                var ends = new[] { p.Relations[i].SubjectId, p.Relations[i].ObjectId }.Order(StringComparer.Ordinal);
                var joined = new[] { p.NodeIds[i], p.NodeIds[i + 1] }.Order(StringComparer.Ordinal);
                Assert.Equal(joined, ends);
            }
        }
        Assert.Equal(paths.Select(p => p.Length).Order(), paths.Select(p => p.Length));
    }

    [Fact]
    public async Task Paths_between_unconnected_entities_are_none()
    {
        var w = await ApplyWorldAsync();

        Assert.Empty(await Store.FindPathsAsync(new PathQuery(w.Chile, w.Trino, MaxLength: 6)));
    }

    [Fact]
    public async Task Paths_skip_rejected_relations()
    {
        var w = await ApplyWorldAsync();
        await Store.SetRelationStatusAsync(RelationId(Ontology.EventPlaceRelation, w.Strike, w.Guayana), Graph.Core.Model.RelationStatus.Rejected, null);

        var paths = await Store.FindPathsAsync(new PathQuery(w.Trino, w.Guayana, MaxLength: 2));

        Assert.Equal([w.Trino, w.Alcasa, w.Guayana], Assert.Single(paths).NodeIds);
    }
}
