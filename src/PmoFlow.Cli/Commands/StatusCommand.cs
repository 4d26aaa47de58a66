using System.CommandLine;
using System.Globalization;
using PmoFlow.Cli.Output;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Commands;

/// <summary><c>pmoflow status</c>: every service by step, with where it stands at its gate and what would make it pass.</summary>
internal static class StatusCommand
{
    public static Command Create()
    {
        var command = new Command("status", "A table of services by flywheel step with their gate state.");
        PmoCommand.SetAction(command, _ => async (client, output, cancellationToken) =>
        {
            var services = await client.ListServicesAsync(null, null, cancellationToken).ConfigureAwait(false);
            if (services.Count == 0)
            {
                await output.WriteLineAsync($"no services in {client.Target}; add one with 'pmoflow service add', or start the server once to seed the demo PMO").ConfigureAwait(false);
                return 0;
            }
            var pending = await client.ListPendingApprovalsAsync(cancellationToken).ConfigureAwait(false);
            var table = new TextTable("STEP", "SERVICE", "TURN", "GATE", "STATE", "WHAT WOULD MAKE IT PASS");
            var states = new List<string>();
            foreach (var s in services.OrderBy(s => s.Step).ThenBy(s => s.Name, StringComparer.OrdinalIgnoreCase))
            {
                var (state, detail) = ServiceText.GateState(s, pending);
                states.Add(state);
                table.Add(ServiceText.Step(s.Step), s.Id, s.Turn.ToString(CultureInfo.InvariantCulture), s.CurrentGate, state, detail);
            }
            table.WriteTo(output);
            var counts = states.GroupBy(x => x).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Count()} {g.Key}");
            await output.WriteLineAsync($"{services.Count} services: {string.Join(", ", counts)}").ConfigureAwait(false);
            return 0;
        });
        return command;
    }
}
