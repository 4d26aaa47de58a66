using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Services;

namespace PmoFlow.Hosting.Demo;

/// <summary>
/// One demo service and the data its story has. The seeder posts this data step by step, as a user would, and
/// the service stops wherever the data runs out: the plan never says where a service ends up, its data does.
/// </summary>
internal sealed record DemoServicePlan(string Id, string Name, string Description, string Sponsor, IReadOnlyList<string> CustomerIds, int TargetUsers)
{
    /// <summary>Success criteria, agreed in Value Proposition.</summary>
    public IReadOnlyList<DemoKpi> Kpis { get; init; } = [];

    /// <summary>Benefits, planned in Service Development.</summary>
    public IReadOnlyList<DemoBenefit> Benefits { get; init; } = [];

    /// <summary>Needs-assessment survey answers (gate 2→3 wants three).</summary>
    public int NeedsResponses { get; init; } = 3;

    /// <summary>Whether the sponsor has approved the value proposition yet.</summary>
    public bool SponsorApproves { get; init; } = true;

    /// <summary>Onboarding CSAT answers, 1–5.</summary>
    public IReadOnlyList<int> OnboardingCsat { get; init; } = [4, 5, 4];

    /// <summary>The value report published in Value Recognition.</summary>
    public string? ValueStatement { get; init; }

    /// <summary>NPS answers in Value Recognition, 0–10.</summary>
    public IReadOnlyList<int> Nps { get; init; } = [];

    /// <summary>Whether the sponsor has acknowledged the value delivered yet.</summary>
    public bool SponsorAcknowledges { get; init; } = true;

    /// <summary>The service as created: at the start of its first turn.</summary>
    public PmoService ToService(DateTimeOffset now) =>
        new(Id, Name, Description, Sponsor, CustomerIds, FlywheelStep.AwarenessBuilding, Turn: 1, StepEnteredAt: now, TargetUsers, CreatedAt: now);
}
