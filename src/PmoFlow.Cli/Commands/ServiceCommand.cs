using System.CommandLine;

namespace PmoFlow.Cli.Commands;

/// <summary><c>pmoflow service add|list|show</c>.</summary>
internal static class ServiceCommand
{
    public static Command Create()
    {
        var command = new Command("service", "PMO services: add one, list them, show one in full.");
        command.Subcommands.Add(ServiceAddCommand.Create());
        command.Subcommands.Add(ServiceListCommand.Create());
        command.Subcommands.Add(ServiceShowCommand.Create());
        return command;
    }
}
