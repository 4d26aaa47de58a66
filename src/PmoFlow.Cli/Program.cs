using PmoFlow.Cli;

return await PmoFlowCli.InvokeAsync(args, Console.Out, Console.Error).ConfigureAwait(false);
