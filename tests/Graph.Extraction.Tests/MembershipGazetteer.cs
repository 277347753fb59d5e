using Graph.Core.Model;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests;

/// <summary>
/// A gazetteer of its own, where Hugo Chávez is a member of the Movement for Socialism, so tests of how gazetteer
/// facts are used do not depend on what the real gazetteer holds.
/// </summary>
internal static class MembershipGazetteer
{
    private const string Header = "name\ttype\tkind\taliases\twikidata\tfacts\n";

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractorFactory.CreatePipeline(WriteFolder()));

    public static DocumentGraph Extract(string text) =>
        Pipeline.Value.Extract(new Document("test-doc", "Test", null, null, "txt", text));

    private static string WriteFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), $"graph-membership-gazetteer-{Environment.ProcessId}");
        var gaz = Path.Combine(root, "gazetteer");
        Directory.CreateDirectory(gaz);
        File.WriteAllText(Path.Combine(gaz, "places.tsv"), Header + "Venezuela\tPlace\tcountry\t\t\t\n");
        File.WriteAllText(Path.Combine(gaz, "people.tsv"), Header + "Hugo Chávez\tPerson\t\tChávez\t\tMEMBER_OF>Movement for Socialism\n");
        File.WriteAllText(Path.Combine(gaz, "organizations.tsv"), Header + "Movement for Socialism\tOrganization\tparty\tMAS\t\t\n");
        File.WriteAllText(Path.Combine(gaz, "movements.tsv"), Header);
        File.WriteAllText(Path.Combine(gaz, "concepts.tsv"), Header);
        return root;
    }
}
