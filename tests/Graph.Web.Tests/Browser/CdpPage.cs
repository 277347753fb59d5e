using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Graph.Web.Tests.Browser;

/// <summary>
/// One tab over the Chrome DevTools Protocol: commands, events, and the few gestures the tests need
/// (navigate, evaluate, type, press, click, screenshot). Input goes through Input.* so the page sees real
/// key and mouse events, not synthetic DOM events.
/// </summary>
internal sealed class CdpPage : IAsyncDisposable
{
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly ConcurrentDictionary<string, List<Action<JsonElement>>> _handlers = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly string _targetId;
    private readonly Chromium _browser;
    private Task _receiving = Task.CompletedTask;
    private int _nextId;

    /// <summary>Uncaught exceptions and console.error calls, so a test can show or forbid them.</summary>
    public ConcurrentQueue<string> Errors { get; } = new();

    private CdpPage(string targetId, Chromium browser) => (_targetId, _browser) = (targetId, browser);

    public static async Task<CdpPage> ConnectAsync(Uri socketUrl, string targetId, Chromium browser)
    {
        var page = new CdpPage(targetId, browser);
        page._socket.Options.KeepAliveInterval = TimeSpan.Zero;
        await page._socket.ConnectAsync(socketUrl, CancellationToken.None);
        page._receiving = Task.Run(page.ReceiveLoopAsync);
        page.On("Runtime.exceptionThrown", e => page.Errors.Enqueue(e.GetProperty("exceptionDetails").ToString()));
        page.On("Runtime.consoleAPICalled", e =>
        {
            if (e.GetProperty("type").GetString() == "error") page.Errors.Enqueue(e.GetProperty("args").ToString());
        });
        await page.SendAsync("Runtime.enable");
        await page.SendAsync("Page.enable");
        return page;
    }

    public void On(string method, Action<JsonElement> handler) =>
        _handlers.GetOrAdd(method, _ => []).Add(handler);

    public async Task<JsonElement> SendAsync(string method, object? parameters = null, TimeSpan? timeout = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        var bytes = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        await _sendLock.WaitAsync();
        try { await _socket.SendAsync(bytes, WebSocketMessageType.Text, true, CancellationToken.None); }
        finally { _sendLock.Release(); }
        return await reply.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(30));
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new byte[1 << 16];
        var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var result = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (result.MessageType == WebSocketMessageType.Close) break;
                message.Write(buffer, 0, result.Count);
                if (!result.EndOfMessage) continue;
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        foreach (var pending in _pending.Values) pending.TrySetException(new InvalidOperationException("The DevTools connection closed."));
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id))
        {
            if (!_pending.TryRemove(id.GetInt32(), out var reply)) return;
            if (message.TryGetProperty("error", out var error)) reply.TrySetException(new InvalidOperationException($"DevTools: {error}"));
            else reply.TrySetResult(message.GetProperty("result"));
        }
        else if (message.TryGetProperty("method", out var method) && _handlers.TryGetValue(method.GetString()!, out var handlers))
        {
            var parameters = message.GetProperty("params");
            foreach (var handler in handlers.ToArray()) handler(parameters);
        }
    }

    public async Task NavigateAsync(string url)
    {
        var loaded = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        On("Page.loadEventFired", _ => loaded.TrySetResult());
        await SendAsync("Page.navigate", new { url });
        await loaded.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>Evaluates an expression (awaiting a promise) and returns its JSON value.</summary>
    public async Task<JsonNode?> EvalAsync(string expression)
    {
        var result = await SendAsync("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result.TryGetProperty("exceptionDetails", out var failure))
            throw new InvalidOperationException($"The page threw evaluating `{expression}`: {failure}");
        var value = result.GetProperty("result");
        return value.TryGetProperty("value", out var v) ? JsonNode.Parse(v.GetRawText()) : null;
    }

    public async Task<string> TextAsync(string expression) => (await EvalAsync(expression))?.ToString() ?? "";

    /// <summary>Polls a condition; on timeout the failure names what was awaited and what the page shows.</summary>
    public async Task WaitForAsync(string condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            if ((await EvalAsync($"Boolean({condition})"))?.GetValue<bool>() == true) return;
            await Task.Delay(100);
        }
        var shown = await TextAsync("[...document.querySelectorAll('.message:not([hidden])')].map(m => m.textContent).join(' | ')");
        var where = await TextAsync("location.pathname + location.search");
        var panel = await TextAsync("(document.getElementById('evidence')?.textContent ?? '').slice(0, 300)");
        throw new TimeoutException($"Waited for {what} ({condition}) at {where}. Messages on the page: '{shown}'. Evidence panel: '{panel}'. Errors: {string.Join("; ", Errors)}");
    }

    public Task TypeAsync(string text) => SendAsync("Input.insertText", new { text });

    public async Task PressAsync(string key)
    {
        var (code, keyCode) = key switch
        {
            "Enter" => ("Enter", 13), "Escape" => ("Escape", 27), "ArrowDown" => ("ArrowDown", 40), "ArrowUp" => ("ArrowUp", 38),
            "Tab" => ("Tab", 9), _ => throw new ArgumentException($"No key code for '{key}'; add it here.", nameof(key)),
        };
        // Enter carries its text so that it also submits forms, as a real key press does.
        if (key == "Enter") await SendAsync("Input.dispatchKeyEvent", new { type = "keyDown", key, code, windowsVirtualKeyCode = keyCode, text = "\r" });
        else await SendAsync("Input.dispatchKeyEvent", new { type = "rawKeyDown", key, code, windowsVirtualKeyCode = keyCode });
        await SendAsync("Input.dispatchKeyEvent", new { type = "keyUp", key, code, windowsVirtualKeyCode = keyCode });
    }

    /// <summary>
    /// Clicks the middle of the element an expression returns, once it is in view, has stopped moving (panels
    /// load at their own pace and shift the layout) and is the element under that point.
    /// </summary>
    public async Task ClickAsync(string elementExpression, int clickCount = 1)
    {
        var probe = $"(() => {{ const e = {elementExpression}; if (!e) return null; e.scrollIntoView({{block: 'center', inline: 'center'}}); "
            + "const r = e.getBoundingClientRect(); const x = r.x + r.width / 2, y = r.y + r.height / 2; "
            + "const top = document.elementFromPoint(x, y); return { x, y, hit: !!top && (top === e || e.contains(top)) }; })()";
        JsonNode? box = null;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            var first = await EvalAsync(probe);
            await Task.Delay(50);
            box = await EvalAsync(probe);
            if (first is not null && box is not null && box["hit"]!.GetValue<bool>()
                && first["x"]!.GetValue<double>() == box["x"]!.GetValue<double>() && first["y"]!.GetValue<double>() == box["y"]!.GetValue<double>())
                break;
            box = null;
            await Task.Delay(100);
        }
        if (box is null) throw new InvalidOperationException($"Nothing clickable: {elementExpression} found no element that stays in place and on top.");
        double x = box["x"]!.GetValue<double>(), y = box["y"]!.GetValue<double>();
        await SendAsync("Input.dispatchMouseEvent", new { type = "mouseMoved", x, y });
        for (var i = 1; i <= clickCount; i++)
        {
            await SendAsync("Input.dispatchMouseEvent", new { type = "mousePressed", x, y, button = "left", clickCount = i });
            await SendAsync("Input.dispatchMouseEvent", new { type = "mouseReleased", x, y, button = "left", clickCount = i });
        }
    }

    public async Task ScreenshotAsync(string path)
    {
        var shot = await SendAsync("Page.captureScreenshot", new { format = "png", captureBeyondViewport = false });
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllBytesAsync(path, Convert.FromBase64String(shot.GetProperty("data").GetString()!));
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.CloseTargetAsync(_targetId);
        await _closing.CancelAsync();
        try { await _receiving; } catch (Exception e) when (e is OperationCanceledException or WebSocketException) { }
        _socket.Dispose();
        _closing.Dispose();
        _sendLock.Dispose();
    }
}
