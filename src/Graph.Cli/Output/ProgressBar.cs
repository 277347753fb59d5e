namespace Graph.Cli.Output;

/// <summary>A one-line progress bar redrawn in place on stderr; silent unless stderr is a terminal, so logs stay clean.</summary>
internal sealed class ProgressBar(TextWriter error, int total, bool enabled) : IDisposable
{
    public const int MinimumItems = 5;
    private const int Width = 30;
    private int _done;
    private bool _drawn;

    public void Step(string item)
    {
        if (!enabled) return;
        var filled = total == 0 ? Width : _done * Width / total;
        var name = item.Length > 40 ? item[..37] + "..." : item;
        error.Write($"\r[{new string('#', filled)}{new string('.', Width - filled)}] {_done + 1}/{total} {name,-40}");
        _done++;
        _drawn = true;
    }

    public void Done()
    {
        if (!_drawn) return;
        error.Write("\r" + new string(' ', Width + 60) + "\r");
        _drawn = false;
    }

    public void Dispose() => Done();
}
