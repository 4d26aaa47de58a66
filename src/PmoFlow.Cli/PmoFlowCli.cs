using System.CommandLine;
using PmoFlow.Cli.Commands;
using PmoFlow.Cli.Plugins;
using PmoFlow.Cli.Rules;

namespace PmoFlow.Cli;

/// <summary>The <c>pmoflow</c> command line.</summary>
internal static class PmoFlowCli
{
    public static Task<int> InvokeAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("PmoFlow: PMO governance workflows on an Elsa-3-compatible engine.");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ServiceCommand.Create());
        root.Subcommands.Add(ObserveCommand.Create());
        root.Subcommands.Add(StatusCommand.Create());
        root.Subcommands.Add(KeysCommand.Create());
        root.Subcommands.Add(PluginsCommand.Create());
        root.Subcommands.Add(RulesCommand.Create());
        root.Subcommands.Add(GatesCommand.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        return root.Parse(args).InvokeAsync(configuration);
    }
}
