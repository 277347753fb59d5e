using Graph.Core.Model;
using Graph.Extraction.Pipeline;

namespace Graph.Extraction.Tests;

/// <summary>
/// Gazetteer memberships need both names near each other (max_sentence_gap in relations/gazetteer-facts.tsv),
/// over a gazetteer of its own so the test does not depend on what the real one holds.
/// </summary>
public class GazetteerFactGapTests
{
    private const string Header = "name\ttype\tkind\taliases\twikidata\tfacts\n";

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => ExtractorFactory.CreatePipeline(WriteFolder()));

    private static string WriteFolder()
    {
        var root = Path.Combine(Path.GetTempPath(), $"graph-fact-gap-tests-{Environment.ProcessId}");
        var gaz = Path.Combine(root, "gazetteer");
        Directory.CreateDirectory(gaz);
        File.WriteAllText(Path.Combine(gaz, "places.tsv"), Header + "Venezuela\tPlace\tcountry\t\t\t\n");
        File.WriteAllText(Path.Combine(gaz, "people.tsv"), Header + "Hugo Chávez\tPerson\t\tChávez\t\tMEMBER_OF>Movement for Socialism\n");
        File.WriteAllText(Path.Combine(gaz, "organizations.tsv"), Header + "Movement for Socialism\tOrganization\tparty\tMAS\t\t\n");
        File.WriteAllText(Path.Combine(gaz, "movements.tsv"), Header);
        File.WriteAllText(Path.Combine(gaz, "concepts.tsv"), Header);
        return root;
    }

    private static bool HasMembership(string text)
    {
        var g = Pipeline.Value.Extract(new Document("test-doc", "Test", null, null, "txt", text));
        return g.Relations.Any(r => r.Type == "MEMBER_OF"
            && g.Entities.Any(e => e.Id == r.SubjectId && e.Name == "Hugo Chávez")
            && g.Entities.Any(e => e.Id == r.ObjectId && e.Name == "Movement for Socialism"));
    }

    [Fact]
    public void membership_named_in_neighbouring_sentences_is_kept() =>
        Assert.True(HasMembership("Hugo Chávez spoke in Venezuela. The Movement for Socialism listened."));

    [Fact]
    public void membership_named_far_apart_is_dropped() =>
        Assert.False(HasMembership(
            "Hugo Chávez spoke in Venezuela. The crowd was large. The weather was hot. The Movement for Socialism met later."));
}
