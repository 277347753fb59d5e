using Graph.Cli;

return await CliApp.RunAsync(args, CliEnvironment.FromConsole());
