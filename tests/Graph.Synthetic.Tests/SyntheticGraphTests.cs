using Graph.Core.Dates;
using Graph.Core.Identity;
using Graph.Core.Model;
using Graph.Core.Schema;
using Graph.Core.Validation;

namespace Graph.Synthetic.Tests;

public class SyntheticGraphTests
{
    private static readonly Ontology Ontology = Ontology.Default;
    private static readonly SyntheticGraphOptions Small = new(Entities: 2_000, Relations: 20_000, Seed: 7);
    private static readonly Lazy<(SyntheticGraph Graph, DocumentGraph[] Documents)> Generated = new(() =>
    {
        var graph = SyntheticGraph.Create(Small);
        return (graph, graph.Documents().ToArray());
    });

    private static DocumentGraph[] Documents => Generated.Value.Documents;
    private static SyntheticGraph Graph => Generated.Value.Graph;

    [Fact]
    public void Every_document_passes_the_input_validator()
    {
        var validator = new GraphInputValidator(Ontology);
        foreach (var d in Documents) validator.Validate(d);
    }

    [Fact]
    public void The_same_options_give_the_same_documents()
    {
        var again = SyntheticGraph.Generate(Small).ToArray();
        Assert.Equal(Documents.Length, again.Length);
        for (var i = 0; i < again.Length; i++)
        {
            Assert.Equal(Documents[i].Document, again[i].Document);
            Assert.Equal(Documents[i].Relations.Select(Key), again[i].Relations.Select(Key));
            Assert.Equal(Documents[i].Entities.Select(e => e.Id), again[i].Entities.Select(e => e.Id));
        }
    }

    // Regression: streams were seeded with HashCode.Combine, which .NET randomizes per process, so a kept
    // benchmark database and a new run with the same seed disagreed. These values must never change by run.
    [Fact]
    public void Seeds_are_derived_the_same_in_every_process()
    {
        Assert.Equal(-994462567, Internal.Seeds.Derive(1, Internal.Seeds.Nodes));
        Assert.Equal(-1632200097, Internal.Seeds.Derive(7, Internal.Seeds.Text, 42));
    }

    [Fact]
    public void Another_seed_gives_another_graph() =>
        Assert.NotEqual(Documents[0].Document.Text, SyntheticGraph.Generate(Small with { Seed = 8 }).First().Document.Text);

    [Fact]
    public void Sizes_are_as_asked_and_relations_are_distinct()
    {
        var relations = Documents.SelectMany(d => d.Relations).ToArray();
        Assert.Equal(Small.Relations, relations.Length);
        Assert.Equal(relations.Length, relations.Select(Id).Distinct().Count());
        Assert.Equal(Small.Entities + Small.EventCount, Graph.NodeCount);
        Assert.Equal(Graph.NodeCount, Documents.SelectMany(d => d.Entities).Select(e => e.Id).Distinct().Count());
        Assert.InRange(Documents.Length, Small.DocumentCount, Small.DocumentCount + 20);
    }

    [Fact]
    public void Names_are_unique_after_folding_and_every_type_is_present()
    {
        var nodes = Graph.Nodes().ToArray();
        Assert.Equal(nodes.Length, nodes.Select(n => NameFolding.Fold(n.Name)).Distinct().Count());
        Assert.Equal(Ontology.EntityTypes.Select(t => t.Name).Order(), nodes.Select(n => n.Type).Distinct().Order());
        Assert.Contains(nodes, n => n.Aliases.Count > 0);
        Assert.All(nodes, n => Assert.Equal(GraphIds.Entity(n.Type, n.Name), n.Id));
    }

    [Fact]
    public void Every_relation_type_occurs_and_respects_the_ontology()
    {
        var types = Graph.Nodes().ToDictionary(n => n.Id, n => n.Type);
        var edges = Graph.Edges().ToArray();
        Assert.Equal(Ontology.RelationTypes.Select(r => r.Name).Order(), edges.Select(e => e.Type).Distinct().Order());
        Assert.All(edges, e => Assert.True(Ontology.Relation(e.Type).Allows(types[e.SubjectId], types[e.ObjectId]), $"{e.SubjectId} {e.Type} {e.ObjectId}"));
    }

    [Fact]
    public void Edges_are_the_documents_relations_in_order()
    {
        var fromDocuments = Documents.SelectMany(d => d.Relations).Select(Key);
        Assert.Equal(fromDocuments, Graph.Edges().Select(e => (e.Type, e.SubjectId, e.ObjectId, e.Role, e.Date?.ToString())));
    }

    [Fact]
    public void Places_form_a_tree_under_containment()
    {
        var parents = Graph.Edges().Where(e => e.Type == Ontology.ContainmentRelation)
            .Where(e => e.SubjectId.StartsWith(PlacePrefix, StringComparison.Ordinal))
            .ToLookup(e => e.SubjectId, e => e.ObjectId);
        Assert.All(parents, p => Assert.Single(p));
        foreach (var place in parents.Select(p => p.Key))
        {
            var seen = new HashSet<string>();
            for (var at = place; parents.Contains(at); at = parents[at].Single())
                Assert.True(seen.Add(at), $"containment loops through {at}");
            Assert.InRange(seen.Count, 1, 2); // cities in regions in countries
        }
    }

    [Fact]
    public void Events_have_dates_of_mixed_precision_places_and_participants()
    {
        var events = Graph.Nodes().Where(n => n.Event is not null).ToArray();
        Assert.Equal(Small.EventCount, events.Length);
        var precisions = events.Select(e => e.Event!.Date!).GroupBy(d => d.Precision).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(Enum.GetValues<EdtfPrecision>(), p => Assert.True(precisions.ContainsKey(p), $"no {p} date"));
        Assert.Contains(events, e => e.Event!.Date!.Approximate);
        Assert.Contains(events, e => e.Event!.Date!.Uncertain);
        Assert.Contains(events, e => e.Event!.Date!.EndOpen);

        var edges = Graph.Edges().ToArray();
        var participated = edges.Where(e => e.Type == Ontology.ParticipationRelation).Select(e => e.ObjectId).ToHashSet();
        var placed = edges.Where(e => e.Type == Ontology.EventPlaceRelation).Select(e => e.SubjectId).ToHashSet();
        Assert.All(events, e => Assert.Contains(e.Id, participated));
        Assert.InRange(placed.Count, events.Length * 8 / 10, events.Length);
    }

    [Fact]
    public void Degrees_follow_a_heavy_tail_with_hubs()
    {
        var degree = Graph.Edges().SelectMany(e => new[] { e.SubjectId, e.ObjectId }).GroupBy(x => x).Select(g => g.Count()).OrderDescending().ToArray();
        var mean = degree.Average();
        Assert.True(degree[0] > 10 * mean, $"largest degree {degree[0]} vs mean {mean:F1}: no hubs");
        // The top 1% of nodes hold far more than 1% of edge ends.
        Assert.True(degree.Take(degree.Length / 100).Sum() > 0.05 * degree.Sum());
    }

    [Fact]
    public void Evidence_and_mentions_lie_inside_the_text_and_show_the_names()
    {
        foreach (var d in Documents.Take(50))
        {
            var text = d.Document.Text;
            foreach (var e in d.Entities)
                foreach (var m in e.Mentions)
                    Assert.Contains(text[m.Start..m.End], e.Aliases.Append(e.Name));
            foreach (var r in d.Relations)
            {
                var s = Assert.Single(r.Evidence);
                Assert.InRange(s.End, s.Start + 1, text.Length);
                Assert.EndsWith(".", text[s.Start..s.End]);
            }
        }
    }

    [Fact]
    public void Options_out_of_range_are_refused_with_the_reason()
    {
        Assert.Contains("at least 20 entities", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraph.Create(new SyntheticGraphOptions(Entities: 5))).Message);
        Assert.Contains("between 1 and the relation count", Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticGraph.Create(new SyntheticGraphOptions(Relations: 10, Documents: 11))).Message);
        var tooFew = SyntheticGraph.Create(new SyntheticGraphOptions(Entities: 1_000, Relations: 50));
        Assert.Contains("alone need", Assert.Throws<ArgumentOutOfRangeException>(() => tooFew.Documents().First()).Message);
    }

    private static readonly string PlacePrefix = Ontology.Relation(Ontology.EventPlaceRelation).To[0].ToLowerInvariant() + ":";

    private static string Id(RelationRecord r) => GraphIds.Relation(r.Type, r.SubjectId, r.ObjectId, r.Role, Ontology.Relation(r.Type).Symmetric);

    private static (string, string, string, string?, string?) Key(RelationRecord r) => (r.Type, r.SubjectId, r.ObjectId, r.Role, r.Date?.ToString());
}
