using CsCheck;
using Graph.Core.Model;
using Graph.Core.Store;

namespace Graph.Store.Tests.Conformance;

public abstract partial class GraphStoreContract
{
    private static readonly (string Type, string Name)[] Names =
    [
        ("Person", "Hugo Chávez"), ("Person", "Marta Harnecker"), ("Person", "Trino Silva"),
        ("Organization", "Alcasa"), ("Organization", "CVG"), ("Movement", "Zapatistas"),
        ("Place", "Venezuela"), ("Place", "Chile"), ("Concept", "neoliberalism"), ("Work", "A World to Build"),
    ];

    /// <summary>
    /// Small documents that the ontology accepts: 1–5 distinct entities named in the text, and relations
    /// between them of any type whose signature allows the pair, with random confidences and roles.
    /// </summary>
    private static readonly Gen<DocumentGraph> SmallGraphs =
        from picks in Gen.Int[0, Names.Length - 1].HashSet[1, 5]
        from relationSeeds in Gen.Select(Gen.Int[0, 99], Gen.Int[0, 99], Gen.Int[0, 99], Gen.Double[0, 1]).Array[0, 6]
        from aliasCount in Gen.Int[0, 1]
        from role in Gen.Int[0, 2].Select(i => i == 0 ? null : i == 1 ? "member" : "leader")
        select MakeGraph(picks.Order().Select(i => Names[i]).ToList(), relationSeeds, aliasCount, role);

    private static DocumentGraph MakeGraph(List<(string Type, string Name)> names, (int, int, int, double)[] seeds, int aliasCount, string? role)
    {
        var text = string.Join(". ", names.Select(n => $"{n.Name} was there")) + ".";
        var b = new DocBuilder("doc-generated", text);
        var entities = names.Select(n => b.Entity(n.Type, n.Name, null, aliasCount == 1 ? [n.Name.Split(' ')[^1]] : [])).ToList();
        foreach (var (s, o, t, confidence) in seeds)
        {
            var (subject, obj) = (entities[s % entities.Count], entities[o % entities.Count]);
            var allowed = Ontology.RelationTypes.Where(r => r.Allows(subject.Type, obj.Type)).ToList();
            if (allowed.Count == 0 || subject.Id == obj.Id) continue;
            b.Relate(allowed[t % allowed.Count].Name, subject, obj, Math.Round(confidence, 3), role: t % 3 == 0 ? role : null);
        }
        return b.Build();
    }

    [Fact]
    public async Task Applying_any_small_document_twice_leaves_the_same_state_as_applying_it_once()
    {
        await SmallGraphs.SampleAsync(async graph =>
        {
            var once = await NewStoreAsync();
            var twice = await NewStoreAsync();
            await once.ApplyDocumentAsync(graph);
            await twice.ApplyDocumentAsync(graph);
            var second = await twice.ApplyDocumentAsync(graph);

            Assert.True(second.Unchanged);
            Assert.Equal(await SnapshotAsync(once, graph), await SnapshotAsync(twice, graph));
        }, iter: 25, threads: 1);
    }

    [Fact]
    public async Task Applying_a_changed_document_leaves_the_same_state_as_applying_only_the_new_version()
    {
        await Gen.Select(SmallGraphs, SmallGraphs).SampleAsync(async (oldVersion, newVersion) =>
        {
            var replaced = await NewStoreAsync();
            var fresh = await NewStoreAsync();
            await replaced.ApplyDocumentAsync(oldVersion);
            await replaced.ApplyDocumentAsync(newVersion);
            await fresh.ApplyDocumentAsync(newVersion);

            var ids = oldVersion.Entities.Concat(newVersion.Entities).Select(e => e.Id).ToList();
            Assert.Equal(await SnapshotAsync(fresh, ids), await SnapshotAsync(replaced, ids));
        }, iter: 25, threads: 1);
    }
}
