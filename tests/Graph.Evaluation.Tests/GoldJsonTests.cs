using System.Text;
using Graph.Evaluation.Gold;

namespace Graph.Evaluation.Tests;

public class GoldJsonTests
{
    private static GoldDocument Read(string json) => GoldJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.gold.json");

    [Fact]
    public void Reads_the_contract_example_and_ignores_extra_fields()
    {
        var doc = Read("""
            {"document": "seeds-04",
             "entities": [{"name": "Hugo Chávez", "type": "Person", "aliases": ["Chávez"], "note": "x"},
                          {"name": "Monthly Review Press", "type": "Organization"}],
             "relations": [{"subject": "Marta Harnecker", "type": "INTERVIEWED", "object": "Hugo Chávez",
                            "evidence": [{"sentence": 1, "start": 0, "end": 4, "text": "x", "method": "m", "confidence": 1}]}],
             "events": [{"type": "Coup", "date": "2002-04-11", "place": "Venezuela", "participants": ["Hugo Chávez"], "name": "2002 coup attempt"}]}
            """);

        Assert.Equal("seeds-04", doc.Document);
        Assert.Equal(["Chávez"], doc.Entities[0].Aliases);
        Assert.Empty(doc.Entities[1].Aliases!);
        Assert.Equal("INTERVIEWED", doc.Relations[0].Type);
        Assert.Equal(["Hugo Chávez"], doc.Events[0].Participants);
    }

    [Fact]
    public void Missing_arrays_read_as_empty()
    {
        var doc = Read("""{"document": "d", "events": [{"type": "Coup"}]}""");

        Assert.Empty(doc.Entities);
        Assert.Empty(doc.Relations);
        Assert.Empty(doc.Events[0].Participants!);
    }

    [Fact]
    public void An_unknown_entity_type_names_the_file_the_item_and_the_known_types()
    {
        var e = Assert.Throws<GoldFormatException>(() => Read("""{"document": "d", "entities": [{"name": "A", "type": "Persn"}]}"""));

        Assert.Contains("test.gold.json, entities[0]", e.Message);
        Assert.Contains("'Persn'", e.Message);
        Assert.Contains("Person", e.Message);
    }

    [Fact]
    public void An_invalid_date_is_refused_with_the_reason()
    {
        var e = Assert.Throws<GoldFormatException>(() => Read("""{"document": "d", "events": [{"type": "Coup", "date": "April 2002"}]}"""));

        Assert.Contains("events[0]", e.Message);
        Assert.Contains("'April 2002'", e.Message);
    }

    [Fact]
    public void Malformed_json_says_where()
    {
        var e = Assert.Throws<GoldFormatException>(() => Read("{\"document\": \"d\",\n \"entities\": [}"));

        Assert.Contains("test.gold.json is not valid gold JSON at line 2", e.Message);
    }

    [Fact]
    public void Writing_then_reading_gives_the_same_document()
    {
        var doc = new GoldDocument("d",
            [new GoldEntity("Hugo Chávez", "Person", ["Chávez"])],
            [new GoldRelation("Hugo Chávez", "LEADS", "Venezuela", "president", "1999/2013")],
            [new GoldEvent("Coup", "coup", "2002-04-11", "Venezuela", ["Hugo Chávez"])]);

        var json = GoldJson.Write(doc);
        var back = Read(json);

        Assert.Contains("Chávez", json); // readable, not \u00E1
        Assert.DoesNotContain("allNames", json);
        Assert.Equal(doc.Entities[0].Name, back.Entities[0].Name);
        Assert.Equal(doc.Entities[0].Aliases, back.Entities[0].Aliases);
        Assert.Equal(doc.Relations[0], back.Relations[0]);
        Assert.Equal(doc.Events[0].Date, back.Events[0].Date);
        Assert.Equal(doc.Events[0].Participants, back.Events[0].Participants);
    }
}
