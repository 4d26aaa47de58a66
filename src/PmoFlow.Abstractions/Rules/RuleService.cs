namespace PmoFlow.Abstractions.Rules;

/// <summary>The service whose gate is evaluated, where it stands in the flywheel.</summary>
public sealed class RuleService
{
    /// <summary>The id.</summary>
    public required string Id { get; init; }

    /// <summary>The name.</summary>
    public required string Name { get; init; }

    /// <summary>What the service offers.</summary>
    public string Description { get; init; } = "";

    /// <summary>The sponsor (a customer id or a name); empty when nobody sponsors it.</summary>
    public string Sponsor { get; init; } = "";

    /// <summary>The ids of the customers it serves.</summary>
    public IReadOnlyList<string> CustomerIds { get; init; } = [];

    /// <summary>The flywheel step it is in, 1 (Awareness Building) to 10 (Value Recognition).</summary>
    public int Step { get; init; }

    /// <summary>The step's name, such as <c>Service Onboarding</c>.</summary>
    public string StepName { get; init; } = "";

    /// <summary>Which turn of the flywheel, 1 for the first.</summary>
    public int Turn { get; init; }

    /// <summary>When it entered <see cref="Step"/>: rules judge "this step" from here.</summary>
    public DateTimeOffset StepEnteredAt { get; init; }

    /// <summary>How many users onboarding aims for (0 when not set).</summary>
    public int TargetUsers { get; init; }

    /// <summary>When it was created.</summary>
    public DateTimeOffset CreatedAt { get; init; }
}
