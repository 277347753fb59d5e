using Graph.Core.Dates;
using Graph.Core.Model;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests;

/// <summary>
/// A pipeline over a small, fixed gazetteer written for the tests, so that no test depends on what the real
/// gazetteer holds today. The other knowledge files (cues, triggers, patterns) are the built-in ones.
/// </summary>
internal static class TestKnowledge
{
    private const string Header = "name\ttype\tkind\taliases\twikidata\tfacts\n";

    private static readonly Lazy<ExtractionPipeline> Shared = new(() => ExtractorFactory.CreatePipeline(WriteFolder()));

    public static ExtractionPipeline Pipeline => Shared.Value;

    public static AnalyzedDocument Analyze(string text, string? date = null) =>
        Pipeline.Analyze(Doc(text, date));

    public static DocumentGraph Extract(string text, string? date = null) => Pipeline.Extract(Doc(text, date));

    public static Document Doc(string text, string? date = null) =>
        new("test-doc", "Test", date is null ? null : EdtfDate.Parse(date), null, "txt", text);

    private static string WriteFolder() => WriteGazetteer($"graph-extraction-tests-{Environment.ProcessId}",
        places:
            "Venezuela\tPlace\tcountry\t\t\t\n" +
            "Bolívar\tPlace\tstate\t\t\tLOCATED_IN>Venezuela\n" +
            "Ciudad Guayana\tPlace\tcity\t\t\tLOCATED_IN>Bolívar\n" +
            "Chile\tPlace\tcountry\t\t\t\n",
        people:
            "Hugo Chávez\tPerson\t\tChávez\t\tLEADS>Venezuela@president#1999/2013\n" +
            "Simón Bolívar\tPerson\t\tBolívar\t\t\n",
        organizations:
            "Bolivian Workers' Center\tOrganization\tunion\tCOB\t\t\n" +
            "Movement for Socialism\tOrganization\tparty\tMAS\t\t\n" +
            // Two parties sharing a name in two countries: the document's country decides which is meant.
            "Liberal Party (Chile)\tOrganization\tparty\tLiberal Party\t\tLOCATED_IN>Chile\n" +
            "Liberal Party (Venezuela)\tOrganization\tparty\tLiberal Party\t\tLOCATED_IN>Venezuela\n",
        concepts:
            "neoliberalism\tConcept\tideology\t\t\t\n" +
            "Bolsa Família\tConcept\tprogram\t\t\t\n");

    /// <summary>
    /// A knowledge folder under the temporary directory whose gazetteer holds only the rows given (each file's rows
    /// after its header); the other knowledge files stay the built-in ones. Returns the folder.
    /// </summary>
    public static string WriteGazetteer(string name, string places = "", string people = "", string organizations = "",
        string movements = "", string concepts = "")
    {
        var root = Path.Combine(Path.GetTempPath(), name);
        var gaz = Path.Combine(root, "gazetteer");
        Directory.CreateDirectory(gaz);
        File.WriteAllText(Path.Combine(gaz, "places.tsv"), Header + places);
        File.WriteAllText(Path.Combine(gaz, "people.tsv"), Header + people);
        File.WriteAllText(Path.Combine(gaz, "organizations.tsv"), Header + organizations);
        File.WriteAllText(Path.Combine(gaz, "movements.tsv"), Header + movements);
        File.WriteAllText(Path.Combine(gaz, "concepts.tsv"), Header + concepts);
        return root;
    }
}
