using System.CommandLine;
using PmoFlow.Cli.Output;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Commands;

/// <summary><c>pmoflow service show ID</c>: a service in full, and why its gate does or does not pass.</summary>
internal static class ServiceShowCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("id") { Description = "The service's id." };
        var command = new Command("show", "Show a service: step, stage, turn, history, its gate clause by clause, pending approvals and waivers.");
        command.Arguments.Add(id);
        PmoCommand.SetAction(command, parse =>
        {
            var serviceId = parse.GetValue(id)!;
            return async (client, output, cancellationToken) =>
            {
                ServiceDetailWriter.Write(output, await client.GetServiceAsync(serviceId, cancellationToken).ConfigureAwait(false));
                return 0;
            };
        });
        return command;
    }
}
