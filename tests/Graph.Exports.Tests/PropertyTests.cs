using System.Text.Json;
using System.Xml.Linq;
using CsCheck;
using Graph.Core.Model;
using Graph.Exports.Internal;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

/// <summary>Any name the extractor might produce (markup, quotes, control characters, lone surrogates) must still give a file that parses.</summary>
public sealed class PropertyTests
{
    // Letters, markup, CSV delimiters, XML-illegal controls and a lone surrogate, mixed at random.
    private static readonly Gen<string> Names = Gen.String[Gen.OneOf(Gen.Char["aZé查<>&\"',;=+-@\r\n\t"], Gen.Char['\u0000', '\u001f'], Gen.Const('\ud800')), 1, 30];

    private static Entity Named(string name) => new("person:x", "Person", name, []);

    [Fact]
    public void Any_label_gives_well_formed_gexf_and_graphml()
    {
        Names.Sample(name =>
        {
            var export = Network([Node(Named(name))], []);
            XDocument.Parse(Text(export, "gexf"));
            XDocument.Parse(Text(export, "graphml"));
        }, iter: 300);
    }

    [Fact]
    public void Any_label_round_trips_through_json()
    {
        Names.Sample(name =>
        {
            var root = JsonDocument.Parse(Export(Network([Node(Named(name))], []), "graphology")).RootElement;
            // A lone surrogate cannot be UTF-8; the JSON writer substitutes U+FFFD for it.
            Assert.Equal(name.Replace('\ud800', '\uFFFD'), root.GetProperty("nodes")[0].GetProperty("attributes").GetProperty("label").GetString());
        }, iter: 300);
    }

    [Fact]
    public void A_quoted_csv_cell_holds_exactly_one_field()
    {
        Names.Sample(name =>
        {
            var cell = CsvTable.Quote(CsvTable.Guard(name));
            if (cell.StartsWith('"'))
            {
                Assert.EndsWith("\"", cell);
                Assert.Equal(CsvTable.Guard(name), cell[1..^1].Replace("\"\"", "\""));
            }
            else Assert.True(cell.IndexOfAny([',', '"', '\r', '\n']) < 0, cell);
            var content = cell.StartsWith('"') ? cell[1..] : cell;
            Assert.False(content.Length > 0 && content[0] is '=' or '+' or '-' or '@' or '\t' or '\r', cell);
        }, iter: 500);
    }
}
