using Graph.Core.Schema;
using Graph.Extraction.Knowledge;

namespace Graph.Extraction.Tests;

public class KnowledgeFileTests
{
    private static readonly Ontology O = Ontology.Default;

    private static IEnumerable<TsvRow> Rows(string text) => Tsv.Read(text, "relations/patterns.tsv").ToList();

    [Fact]
    public void built_in_knowledge_loads() =>
        Assert.NotNull(ExtractorFactory.CreateDefault().Extract(TestKnowledge.Doc("Hugo Chávez spoke in Caracas.")));

    [Fact]
    public void unknown_relation_in_a_pattern_names_file_line_and_known_types()
    {
        var e = Assert.Throws<KnowledgeFormatException>(() => RelationPatternParser.ParseAll(
            Rows("id\trelation\trole\tconfidence\tpattern\np1\tLEAD\t\t0.7\t{S:Person} leads {O:Organization}\n"), O));
        Assert.Contains("relations/patterns.tsv:2", e.Message);
        Assert.Contains("LEADS", e.Message);
    }

    [Fact]
    public void pattern_without_an_object_slot_is_refused() =>
        Assert.Throws<KnowledgeFormatException>(() => RelationPatternParser.ParseAll(
            Rows("id\trelation\trole\tconfidence\tpattern\np1\tLEADS\t\t0.7\t{S:Person} was elected\n"), O));

    [Fact]
    public void pattern_against_the_relation_signature_is_refused() =>
        Assert.Throws<KnowledgeFormatException>(() => RelationPatternParser.ParseAll(
            Rows("id\trelation\trole\tconfidence\tpattern\np1\tAUTHORED\t\t0.7\t{S:Place} wrote {O:Person}\n"), O));

    [Fact]
    public void unclosed_alternative_is_refused() =>
        Assert.Throws<KnowledgeFormatException>(() => RelationPatternParser.ParseAll(
            Rows("id\trelation\trole\tconfidence\tpattern\np1\tOPPOSED\t\t0.7\t{S:Person} (opposed|fought {O:Any}\n"), O));

    [Fact]
    public void gazetteer_fact_with_unknown_relation_is_refused()
    {
        var text = "name\ttype\tkind\taliases\twikidata\tfacts\nCaracas\tPlace\tcity\t\t\tINSIDE>Venezuela\n";
        var e = Assert.Throws<KnowledgeFormatException>(() => GazetteerLoader.Read(text, "gazetteer/places.tsv", O).ToList());
        Assert.Contains("gazetteer/places.tsv:2", e.Message);
    }

    [Fact]
    public void gazetteer_entry_of_event_type_is_refused() =>
        Assert.Throws<KnowledgeFormatException>(() => GazetteerLoader.Read(
            "name\ttype\tkind\taliases\twikidata\tfacts\nCaracazo\tEvent\t\t\t\t\n", "gazetteer/x.tsv", O).ToList());

    [Fact]
    public void missing_override_folder_says_what_to_do()
    {
        var e = Assert.Throws<DirectoryNotFoundException>(() => ExtractorFactory.Create("/no/such/knowledge/folder"));
        Assert.Contains("/no/such/knowledge/folder", e.Message);
    }
}
