using System.Collections.Concurrent;
using Graph.Core.Model;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests;

/// <summary>
/// A gazetteer of its own — Venezuela, Hugo Chávez with the facts a test gives him, the Movement for Socialism — so
/// tests of how gazetteer facts are used do not depend on what the real gazetteer holds.
/// </summary>
internal static class SmallGazetteer
{
    public const string Membership = "MEMBER_OF>Movement for Socialism";
    public const string Leadership = "LEADS>Movement for Socialism@leader";

    private static readonly ConcurrentDictionary<string, Lazy<ExtractionPipeline>> Pipelines = new();

    public static DocumentGraph Extract(string chavezFacts, string text) =>
        Pipelines.GetOrAdd(chavezFacts, facts => new Lazy<ExtractionPipeline>(() => ExtractorFactory.CreatePipeline(WriteFolder(facts))))
            .Value.Extract(TestKnowledge.Doc(text));

    private static string WriteFolder(string chavezFacts) =>
        TestKnowledge.WriteGazetteer($"graph-small-gazetteer-{Environment.ProcessId}-{Math.Abs(chavezFacts.GetHashCode())}",
            places: "Venezuela\tPlace\tcountry\t\t\t\n",
            people: $"Hugo Chávez\tPerson\t\tChávez\t\t{chavezFacts}\n",
            organizations: "Movement for Socialism\tOrganization\tparty\tMAS\t\t\n");
}
