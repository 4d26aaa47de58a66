using System.CommandLine;
using System.Globalization;
using PmoFlow.Cli.Output;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Commands;

/// <summary><c>pmoflow service list</c>: services by name, optionally of one step or stage.</summary>
internal static class ServiceListCommand
{
    public static Command Create()
    {
        var step = new Option<string?>("--step") { Description = "Only services in this step: 1-10 or a name such as ServiceOnboarding." };
        var stage = new Option<string?>("--stage") { Description = "Only services in this customer-experience stage: 1-5 or Exploration, Design, Deployment, Enhancement, Realization." };
        var command = new Command("list", "List PMO services.");
        command.Options.Add(step);
        command.Options.Add(stage);
        PmoCommand.SetAction(command, parse =>
        {
            var stepFilter = CliNames.Step(parse.GetValue(step));
            var stageFilter = CliNames.Stage(parse.GetValue(stage));
            return async (client, output, cancellationToken) =>
            {
                var services = await client.ListServicesAsync(stepFilter, stageFilter, cancellationToken).ConfigureAwait(false);
                if (services.Count == 0)
                {
                    await output.WriteLineAsync(stepFilter is null && stageFilter is null ? $"no services in {client.Target}" : "no services match").ConfigureAwait(false);
                    return 0;
                }
                var table = new TextTable("ID", "NAME", "STEP", "TURN", "STAGE");
                foreach (var s in services) table.Add(s.Id, s.Name, ServiceText.Step(s.Step), s.Turn.ToString(CultureInfo.InvariantCulture), s.Stage.ToString());
                table.WriteTo(output);
                return 0;
            };
        });
        return command;
    }
}
