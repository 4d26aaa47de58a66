using PmoFlow.Core.Flywheel;

namespace PmoFlow.Core.Services;

/// <summary>A PMO service turning through the flywheel.</summary>
/// <param name="Id">The id (also the correlation id of its flywheel instance).</param>
/// <param name="Name">The name.</param>
/// <param name="Description">What it offers.</param>
/// <param name="Sponsor">The sponsor (a customer id or name).</param>
/// <param name="CustomerIds">The customers it serves.</param>
/// <param name="Step">The step it is in.</param>
/// <param name="Turn">Which turn of the flywheel (1 for the first).</param>
/// <param name="StepEnteredAt">When it entered <paramref name="Step"/>.</param>
/// <param name="TargetUsers">How many users onboarding aims for.</param>
/// <param name="CreatedAt">When it was created.</param>
public sealed record PmoService(string Id, string Name, string Description, string Sponsor, IReadOnlyList<string> CustomerIds,
    FlywheelStep Step, int Turn, DateTimeOffset StepEnteredAt, int TargetUsers, DateTimeOffset CreatedAt)
{
    /// <summary>The customer-experience stage of <see cref="Step"/>.</summary>
    public CustomerExperienceStage Stage => Step.Stage();
}
