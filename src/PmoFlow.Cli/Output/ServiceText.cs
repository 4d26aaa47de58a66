using System.Globalization;
using PmoFlow.Cli.Pmo;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;

namespace PmoFlow.Cli.Output;

/// <summary>How the PMO commands word steps, times and where a service stands.</summary>
internal static class ServiceText
{
    /// <summary>"5 Service Onboarding".</summary>
    public static string Step(FlywheelStep step) => $"{(int)step} {step.DisplayName()}";

    /// <summary>"5 Service Onboarding (turn 1)".</summary>
    public static string Position(ServiceView service) => $"{Step(service.Step)} (turn {service.Turn})";

    /// <summary>"2026-05-01 09:30 UTC".</summary>
    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " UTC";

    /// <summary>"2026-05-01".</summary>
    public static string Date(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>
    /// Where the service stands at its current gate: a pending decision comes first (the default flywheel asks for
    /// approval before it evaluates gates 3→4 and 10→1), then the gate's latest evaluation, else nothing evaluated yet.
    /// </summary>
    public static (string State, string Detail) GateState(ServiceView service, IEnumerable<Approval> pending)
    {
        ArgumentNullException.ThrowIfNull(service);
        var approval = CurrentGate.PendingFor(service, pending).OrderBy(a => a.RequestedAt).FirstOrDefault();
        if (approval is not null)
            return ("NeedsApproval", $"{approval.Role} decision on {approval.Gate} (requested {Date(approval.RequestedAt)}, due {Date(approval.DueAt)})");
        if (service.Gate is { } gate)
            return (gate.Outcome.ToString(), gate.WhatWouldPass.Count == 0 ? "passes" : string.Join("; ", gate.WhatWouldPass));
        return ("Waiting", "not evaluated yet (the step's survey or approval comes first)");
    }

    /// <summary>Whether the service moved, and where it waits now.</summary>
    public static void WriteOutcome(TextWriter output, ServiceView before, ServiceView after, IEnumerable<Approval> pending)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);
        output.WriteLine(before.Step == after.Step && before.Turn == after.Turn
            ? $"{after.Id} did not advance: still in {Position(after)}"
            : $"{after.Id} advanced: {Position(before)} -> {Position(after)}");
        var (state, detail) = GateState(after, pending);
        output.WriteLine($"{after.CurrentGate}: {state}: {detail}");
    }
}
