using System.CommandLine;
using PmoFlow.Cli.Output;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Commands;

/// <summary><c>pmoflow service add</c>: creates a service, which starts its flywheel and meets its first gate at once.</summary>
internal static class ServiceAddCommand
{
    public static Command Create()
    {
        var name = new Option<string>("--name") { Description = "The service's name.", Required = true };
        var id = new Option<string?>("--id") { Description = "Its id (default: from the name, such as portfolio-reporting)." };
        var description = new Option<string?>("--description") { Description = "What it offers." };
        var sponsor = new Option<string>("--sponsor") { Description = "Its sponsor.", Required = true };
        var customers = new Option<string[]>("--customer") { Description = "A customer id it serves (at least one). Repeatable." };
        var targetUsers = new Option<int?>("--target-users") { Description = "How many users onboarding aims for (gate 5-6 measures its share of them)." };

        var command = new Command("add", "Add a PMO service and start its flywheel.");
        foreach (var option in new Option[] { name, id, description, sponsor, customers, targetUsers }) command.Options.Add(option);
        PmoCommand.SetAction(command, parse =>
        {
            var draft = Check(parse.GetValue(id), parse.GetValue(name)!, parse.GetValue(description), parse.GetValue(sponsor)!, parse.GetValue(customers) ?? [], parse.GetValue(targetUsers));
            return async (client, output, cancellationToken) =>
            {
                var created = await client.CreateServiceAsync(draft, cancellationToken).ConfigureAwait(false);
                var pending = await client.ListPendingApprovalsAsync(cancellationToken).ConfigureAwait(false);
                await output.WriteLineAsync($"created {created.Id} ({created.Name}): now in {ServiceText.Position(created)}").ConfigureAwait(false);
                var (state, detail) = ServiceText.GateState(created, pending);
                await output.WriteLineAsync($"{created.CurrentGate}: {state}: {detail}").ConfigureAwait(false);
                return 0;
            };
        });
        return command;
    }

    /// <summary>The same rules the server applies, checked before anything is opened so both modes refuse alike.</summary>
    private static NewService Check(string? id, string name, string? description, string sponsor, string[] customers, int? targetUsers)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new CliException("--name: a service needs a name");
        if (string.IsNullOrWhiteSpace(sponsor)) throw new CliException("--sponsor: a service needs a sponsor");
        if (id is not null && !ServiceIds.IsValid(id.Trim()))
            throw new CliException($"--id: '{id}' may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit");
        if (customers.Length == 0) throw new CliException("--customer: a service needs at least one customer id (every service has customers)");
        if (customers.Distinct(StringComparer.Ordinal).Count() != customers.Length) throw new CliException("--customer: a customer is listed twice");
        // Onboarding measures its share of target users (gate 5-6), so without them that gate could never pass.
        if (targetUsers is not { } users) throw new CliException("--target-users: a service needs its number of target users (1 or more)");
        if (users < 1) throw new CliException($"--target-users: must be 1 or more (it is {users})");
        return new NewService(id?.Trim(), name.Trim(), description?.Trim() ?? "", sponsor.Trim(), [.. customers.Select(c => c.Trim())], users);
    }
}
