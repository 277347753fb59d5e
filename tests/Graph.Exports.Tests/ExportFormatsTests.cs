using Graph.Core.Schema;
using static Graph.Exports.Tests.Fixtures;

namespace Graph.Exports.Tests;

public sealed class ExportFormatsTests
{
    [Fact]
    public void Names_are_found_case_insensitively_per_subject()
    {
        Assert.Equal("application/gexf+xml", ExportFormats.Get(ExportSubject.Network, "GEXF").ContentType);
        Assert.Equal("network.csv.zip", ExportFormats.Get(ExportSubject.Network, "csv").FileName("network"));
        Assert.StartsWith("text/csv", ExportFormats.Get(ExportSubject.Timeline, "csv").ContentType);
        Assert.False(ExportFormats.TryGet(ExportSubject.Network, "timelinejs", out _));
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_lists_the_known_ones()
    {
        var error = Assert.Throws<GraphValidationException>(() => ExportFormats.Get(ExportSubject.Timeline, "pdf"));
        Assert.Contains("'pdf'", error.Message);
        Assert.Contains("timelinejs", error.Message);
        Assert.Contains("gexf", error.Message);
    }

    [Fact]
    public void A_format_refuses_the_other_subject()
    {
        var format = ExportFormats.Get(ExportSubject.Timeline, "gexf");
        var error = Assert.Throws<ArgumentException>(() => format.Write(Network([Node(Person("A"))], []), new MemoryStream()));
        Assert.Contains("ExportSubject.Network", error.Message);
    }

    [Fact]
    public async Task Every_format_writes_each_subject_and_async_writes_the_same_bytes_as_sync()
    {
        var a = Person("Hugo Chávez");
        var b = Place("Venezuela");
        var ev = Event("1998 election", "Election", "1998-12-06");
        GraphExport[] exports =
        [
            Network([Node(a, 0, 1), Node(b, 1, 1)], [Edge("FROM", a, b, "1954")]),
            Timeline([At(ev, b, (a, "winner"))], [a, b], "Venezuela"),
        ];
        foreach (var export in exports)
            foreach (var format in ExportFormats.For(export.Subject))
            {
                var sync = Export(export, format.Name);
                using var buffer = new MemoryStream();
                await format.WriteAsync(export, buffer);
                Assert.True(sync.Length > 0, format.ToString());
                // ZIP entries carry a modification time; every other format is byte-for-byte deterministic.
                if (format.ContentType != "application/zip") Assert.Equal(sync, buffer.ToArray());
            }
    }
}
