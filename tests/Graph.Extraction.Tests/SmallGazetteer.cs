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

    private const string Header = "name\ttype\tkind\taliases\twikidata\tfacts\n";

    private static readonly ConcurrentDictionary<string, Lazy<ExtractionPipeline>> Pipelines = new();

    public static DocumentGraph Extract(string chavezFacts, string text) =>
        Pipelines.GetOrAdd(chavezFacts, facts => new Lazy<ExtractionPipeline>(() => ExtractorFactory.CreatePipeline(WriteFolder(facts))))
            .Value.Extract(new Document("test-doc", "Test", null, null, "txt", text));

    private static string WriteFolder(string chavezFacts)
    {
        var root = Path.Combine(Path.GetTempPath(), $"graph-small-gazetteer-{Environment.ProcessId}-{Math.Abs(chavezFacts.GetHashCode())}");
        var gaz = Path.Combine(root, "gazetteer");
        Directory.CreateDirectory(gaz);
        File.WriteAllText(Path.Combine(gaz, "places.tsv"), Header + "Venezuela\tPlace\tcountry\t\t\t\n");
        File.WriteAllText(Path.Combine(gaz, "people.tsv"), Header + $"Hugo Chávez\tPerson\t\tChávez\t\t{chavezFacts}\n");
        File.WriteAllText(Path.Combine(gaz, "organizations.tsv"), Header + "Movement for Socialism\tOrganization\tparty\tMAS\t\t\n");
        File.WriteAllText(Path.Combine(gaz, "movements.tsv"), Header);
        File.WriteAllText(Path.Combine(gaz, "concepts.tsv"), Header);
        return root;
    }
}
