using System.IO.Compression;
using System.Text;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

public sealed class CsvTests
{
    /// <summary>A minimal RFC 4180 reader, so the tests check what a CSV parser gets back, not the raw bytes.</summary>
    private static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = []; i++;
            }
            else cell.Append(c);
        }
        Assert.Empty(cell.ToString());
        return rows;
    }

    private static Dictionary<string, string> Row(List<List<string>> table, int index) =>
        table[0].Zip(table[index]).ToDictionary(p => p.First, p => p.Second);

    private static Dictionary<string, string> Tables(byte[] zip)
    {
        using var archive = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        return archive.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var reader = new StreamReader(e.Open(), Encoding.UTF8);
            return reader.ReadToEnd();
        });
    }

    [Fact]
    public void Commas_quotes_and_newlines_are_quoted_and_read_back_whole()
    {
        var name = "Frente \"Amplio\", Uruguay\r\nsecond line";
        var org = Organization(name);
        var nodes = Parse(Tables(Export(Network([Node(org)], []), "csv"))["nodes.csv"]);
        Assert.Equal(2, nodes.Count);
        Assert.Equal(name, Row(nodes, 1)["name"]);
        Assert.Equal(nodes[0].Count, nodes[1].Count);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1 march")]
    [InlineData("-sum")]
    [InlineData("@cmd")]
    public void Cells_a_spreadsheet_would_run_as_formulas_get_an_apostrophe(string name)
    {
        var ev = Event(name, "Protest", "2001");
        var rows = Parse(Text(Timeline([At(ev)], []), "csv"));
        Assert.Equal("'" + name, Row(rows, 1)["name"]);
    }

    [Fact]
    public void Ordinary_text_and_numbers_are_not_prefixed()
    {
        var a = Person("María");
        var b = Organization("Alcasa");
        var edges = Parse(Tables(Export(Network([Node(a), Node(b)], [Edge("MEMBER_OF", a, b, weight: 3, confidence: 0.5)]), "csv"))["edges.csv"]);
        var row = Row(edges, 1);
        Assert.Equal("María", row["sourceName"]);
        Assert.Equal("3", row["weight"]);
        Assert.Equal("0.5", row["confidence"]);
    }

    [Fact]
    public void A_network_is_a_zip_of_nodes_and_edges_tables()
    {
        var a = Person("A");
        var b = Place("B");
        var tables = Tables(Export(Network([Node(a, 0, 1), Node(b, 1, 1)], [Edge("FROM", a, b, "199X")]), "csv"));
        Assert.Equal(["nodes.csv", "edges.csv"], tables.Keys.ToArray());
        var edges = Parse(tables["edges.csv"]);
        Assert.Equal(["id", "source", "sourceName", "target", "targetName", "type", "symmetric", "weight", "role", "edtf", "earliest", "latest", "confidence"], edges[0]);
        var row = Row(edges, 1);
        Assert.Equal(("199X", "1990-01-01", "1999-12-31"), (row["edtf"], row["earliest"], row["latest"]));
    }

    [Fact]
    public void A_timeline_row_names_place_and_participants_with_roles_in_utf8_with_a_bom()
    {
        var chavez = Person("Hugo Chávez");
        var carmona = Person("Pedro Carmona");
        var venezuela = Place("Venezuela");
        var coup = Event("2002 coup attempt", "Coup", "2002-04-11/2002-04-13");
        var bytes = Export(Timeline([At(coup, venezuela, (chavez, "target"), (carmona, null))], [chavez, carmona, venezuela]), "csv");
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var rows = Parse(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["id", "name", "eventType", "edtf", "earliest", "latest", "place", "participants"], rows[0]);
        var row = Row(rows, 1);
        Assert.Equal("Coup", row["eventType"]);
        Assert.Equal(("2002-04-11", "2002-04-13"), (row["earliest"], row["latest"]));
        Assert.Equal("Venezuela", row["place"]);
        Assert.Equal("Hugo Chávez (target); Pedro Carmona", row["participants"]);
    }
}
