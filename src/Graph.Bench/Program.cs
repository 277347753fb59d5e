using Graph.Bench;

return await BenchCommand.RunAsync(args);
