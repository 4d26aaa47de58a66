namespace PmoFlow.Abstractions.Rules;

/// <summary>
/// The data one gate evaluation reads: one consistent snapshot of a service's data and the engine's clock. The host
/// builds it; rules read it through <see cref="RuleGlobals"/>.
/// </summary>
public sealed class RuleContext
{
    /// <summary>The gate being evaluated (<c>gate-5-6</c>).</summary>
    public required string Gate { get; init; }

    /// <summary>The engine's clock: rules never read the machine's clock, so a replay decides as the original did.</summary>
    public required DateTimeOffset Now { get; init; }

    /// <summary>The service.</summary>
    public required RuleService Service { get; init; }

    /// <summary>The service's own customers (those its customer ids name).</summary>
    public IReadOnlyList<RuleCustomer> Customers { get; init; } = [];

    /// <summary>Its KPIs with their observations.</summary>
    public IReadOnlyList<KpiSeries> Kpis { get; init; } = [];

    /// <summary>Its benefits.</summary>
    public BenefitSet Benefits { get; init; } = new([]);

    /// <summary>Survey answers about it, with the window of its current step.</summary>
    public required SurveySet Surveys { get; init; }

    /// <summary>Its approvals, every gate and turn.</summary>
    public IReadOnlyList<RuleApproval> Approvals { get; init; } = [];

    /// <summary>Value statements published about it.</summary>
    public IReadOnlyList<RuleValueStatement> ValueStatements { get; init; } = [];

    /// <summary>The PMO charter.</summary>
    public RuleCharter Charter { get; init; } = new();

    /// <summary>The organizational baseline.</summary>
    public RuleBaseline Baseline { get; init; } = new();

    /// <summary>The gate thresholds in force.</summary>
    public RuleThresholds Thresholds { get; init; } = new();
}
