using System.CommandLine;
using PmoFlow.Cli.Output;
using PmoFlow.Cli.Pmo;

namespace PmoFlow.Cli.Commands;

/// <summary>
/// <c>pmoflow observe SERVICE</c>: records a KPI value (<c>--kpi --value</c>) or a benefit actual (<c>--benefit
/// --period --actual</c>); the service's gate looks at it at once, and the command says whether it advanced.
/// </summary>
internal static class ObserveCommand
{
    public static Command Create()
    {
        var service = new Argument<string>("service") { Description = "The service's id." };
        var kpi = new Option<string?>("--kpi") { Description = "The KPI observed, by name (such as onboarded-users)." };
        var value = new Option<decimal?>("--value") { Description = "The KPI's value." };
        var unit = new Option<string?>("--unit") { Description = "The value's unit (default: the KPI's; a different unit is refused, not converted)." };
        var source = new Option<string?>("--source") { Description = "Where the value comes from (a system, a report, a person).", DefaultValueFactory = _ => "pmoflow-cli" };
        var evidence = new Option<string?>("--evidence") { Description = "A link to the evidence (an absolute http(s) URL)." };
        var benefit = new Option<string?>("--benefit") { Description = "The benefit whose actual is recorded, by id." };
        var period = new Option<string?>("--period") { Description = "The benefit's period, such as 2026-Q2." };
        var actual = new Option<decimal?>("--actual") { Description = "The benefit's actual value in that period." };

        var command = new Command("observe", "Record a KPI observation or a benefit actual; the service's gate is evaluated again at once.");
        command.Arguments.Add(service);
        foreach (var option in new Option[] { kpi, value, unit, source, evidence, benefit, period, actual }) command.Options.Add(option);
        PmoCommand.SetAction(command, parse =>
        {
            var serviceId = parse.GetValue(service)!;
            var kpiName = parse.GetValue(kpi);
            var benefitId = parse.GetValue(benefit);
            if (kpiName is null && benefitId is null)
                throw new CliException("give --kpi NAME --value V (a KPI observation) or --benefit ID --period P --actual V (a benefit actual)");
            if (kpiName is not null && benefitId is not null) throw new CliException("--kpi and --benefit cannot be combined: record one thing at a time");
            if (kpiName is not null)
            {
                if (parse.GetValue(period) is not null || parse.GetValue(actual) is not null) throw new CliException("--period and --actual go with --benefit, not --kpi");
                var observation = new NewObservation(kpiName.Trim(), parse.GetValue(value) ?? throw new CliException("--value: required with --kpi"),
                    parse.GetValue(unit)?.Trim(), Text(parse.GetValue(source), "--source"), Link(parse.GetValue(evidence)));
                return (client, output, ct) => RecordAsync(client, output, serviceId, $"{observation.KpiName} = {observation.Value}",
                    () => client.RecordObservationAsync(serviceId, observation, ct), ct);
            }
            if (parse.GetValue(value) is not null || parse.GetValue(unit) is not null || parse.GetValue(evidence) is not null)
                throw new CliException("--value, --unit and --evidence go with --kpi; a benefit takes --period and --actual");
            var when = Text(parse.GetValue(period) ?? throw new CliException("--period: required with --benefit (such as 2026-Q2)"), "--period");
            var amount = parse.GetValue(actual) ?? throw new CliException("--actual: required with --benefit");
            return (client, output, ct) => RecordAsync(client, output, serviceId, $"{benefitId} {when} actual = {amount}",
                () => client.RecordBenefitActualAsync(serviceId, benefitId!.Trim(), when, amount, ct), ct);
        });
        return command;
    }

    private static async Task<int> RecordAsync(IPmoClient client, TextWriter output, string serviceId, string what, Func<Task<ServiceView>> record, CancellationToken cancellationToken)
    {
        // Read first: it says "no service" before anything is written, and gives the step to compare with.
        var before = (await client.GetServiceAsync(serviceId, cancellationToken).ConfigureAwait(false)).Service;
        var after = await record().ConfigureAwait(false);
        var pending = await client.ListPendingApprovalsAsync(cancellationToken).ConfigureAwait(false);
        await output.WriteLineAsync($"recorded {what} for {serviceId}").ConfigureAwait(false);
        ServiceText.WriteOutcome(output, before, after, pending);
        return 0;
    }

    private static string Text(string? text, string option) =>
        string.IsNullOrWhiteSpace(text) ? throw new CliException($"{option}: must not be empty") : text.Trim();

    private static string? Link(string? link) =>
        link is null ? null
        : Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? link
        : throw new CliException($"--evidence: '{link}' must be an absolute http(s) URL");
}
