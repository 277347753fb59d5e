using Graph.Cli;

// Ctrl-C cancels the running verb at its next safe point (a batch boundary) instead of killing the process mid-write.
using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = !cancel.IsCancellationRequested; // a second Ctrl-C ends the process at once
    cancel.Cancel();
};
return await CliApp.RunAsync(args, CliEnvironment.FromConsole(), cancel.Token);
