using PmoFlow.Core.Flywheel;

namespace PmoFlow.Cli.Pmo;

/// <summary>
/// A service as the CLI shows it: where it is in the flywheel and what its current gate says. The same shape as the
/// server's <c>ServiceView</c> JSON, so the local and the server modes print from one model.
/// </summary>
internal sealed record ServiceView(string Id, string Name, string Description, string Sponsor, IReadOnlyList<string> CustomerIds,
    FlywheelStep Step, int Turn, DateTimeOffset StepEnteredAt, int TargetUsers, DateTimeOffset CreatedAt, GateSummary? Gate)
{
    /// <summary>The customer-experience stage of <see cref="Step"/>.</summary>
    public CustomerExperienceStage Stage => Step.Stage();

    /// <summary>The gate leaving the current step.</summary>
    public string CurrentGate => Step.GateFrom();
}
