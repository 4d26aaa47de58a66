namespace PmoFlow.Core.Flywheel;

/// <summary>The flywheel's arithmetic: next step, the gate between steps, the customer-experience stage.</summary>
public static class Flywheel
{
    /// <summary>Every step in order.</summary>
    public static IReadOnlyList<FlywheelStep> Steps { get; } = Enum.GetValues<FlywheelStep>();

    /// <summary>The step after <paramref name="step"/>; after Value Recognition the next turn starts at Awareness Building.</summary>
    public static FlywheelStep Next(this FlywheelStep step) => step == FlywheelStep.ValueRecognition ? FlywheelStep.AwarenessBuilding : step + 1;

    /// <summary>The customer-experience stage a step belongs to.</summary>
    public static CustomerExperienceStage Stage(this FlywheelStep step) => (CustomerExperienceStage)(((int)step + 1) / 2);

    /// <summary>The name of the gate that leaves <paramref name="step"/>: <c>gate-3-4</c>, and <c>gate-10-1</c> for the next turn.</summary>
    public static string GateFrom(this FlywheelStep step) => $"gate-{(int)step}-{(int)step.Next()}";

    /// <summary>The step a gate leaves, parsed from its name.</summary>
    public static bool TryParseGate(string gate, out FlywheelStep from)
    {
        from = default;
        var parts = gate?.Split('-') ?? [];
        if (parts.Length != 3 || parts[0] != "gate" || !int.TryParse(parts[1], System.Globalization.CultureInfo.InvariantCulture, out var n) || n is < 1 or > 10) return false;
        from = (FlywheelStep)n;
        return gate == from.GateFrom();
    }

    /// <summary>"Service Onboarding" from <see cref="FlywheelStep.ServiceOnboarding"/>.</summary>
    public static string DisplayName(this FlywheelStep step) => step switch
    {
        FlywheelStep.AwarenessBuilding => "Awareness Building",
        FlywheelStep.NeedsAssessment => "Needs Assessment",
        FlywheelStep.ValueProposition => "Value Proposition",
        FlywheelStep.ServiceDevelopment => "Service Development",
        FlywheelStep.ServiceOnboarding => "Service Onboarding",
        FlywheelStep.ServiceOperation => "Service Operation",
        FlywheelStep.ServiceMonitoring => "Service Monitoring",
        FlywheelStep.ServiceImprovement => "Service Improvement",
        FlywheelStep.ValueDelivery => "Value Delivery",
        FlywheelStep.ValueRecognition => "Value Recognition",
        _ => step.ToString(),
    };
}
