using Graph.Cli.Output;

namespace Graph.Cli.Tests;

public class ProgressBarTests
{
    [Fact]
    public void Draws_in_place_and_clears_itself_when_enabled()
    {
        var error = new StringWriter();

        using (var bar = new ProgressBar(error, total: 2, enabled: true))
        {
            bar.Step("a.txt");
            bar.Step("b.txt");
        }

        var text = error.ToString();
        Assert.Contains("\r[", text);
        Assert.Contains("2/2 b.txt", text);
        Assert.EndsWith("\r", text);
    }

    [Fact]
    public void Writes_nothing_when_stderr_is_not_a_terminal()
    {
        var error = new StringWriter();

        using (var bar = new ProgressBar(error, total: 10, enabled: false)) bar.Step("a.txt");

        Assert.Empty(error.ToString());
    }
}
