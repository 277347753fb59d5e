using Graph.Bench.Baseline;
using Graph.Core.Schema;

namespace Graph.Bench;

/// <summary>
/// The entities the benchmark asks about, drawn once (seeded) and shared by the store and the baseline.
/// Picking endpoints of random edges favours well-connected entities, as users' lookups do.
/// </summary>
internal sealed class QueryInputs
{
    public string[] Places { get; }
    public string[] Actors { get; }
    public string[] Centers { get; }
    public (string From, string To)[] Pairs { get; }

    public QueryInputs(AdjacencyGraph graph, Ontology ontology, int seed, int count)
    {
        // Derived arithmetically: HashCode.Combine is randomized per process, and inputs must repeat across runs.
        var random = new Random(unchecked(seed * 7919 + 104729));
        // Half the places are where events happened, half are containers (countries, regions) whose timelines gather more.
        Places = Enumerable.Range(0, count).Select(i => i % 2 == 0
            ? graph.RandomEndpoint(random, ontology.EventPlaceRelation, subject: false)
            : graph.RandomEndpoint(random, ontology.ContainmentRelation, subject: false)).ToArray();
        Actors = Enumerable.Range(0, count).Select(_ => graph.RandomEndpoint(random, ontology.ParticipationRelation, subject: true)).ToArray();
        Centers = Enumerable.Range(0, count).Select(_ => graph.RandomEndpoint(random)).ToArray();
        Pairs = Enumerable.Range(0, count).Select(_ => (graph.RandomEndpoint(random), graph.RandomEndpoint(random))).ToArray();
    }
}
