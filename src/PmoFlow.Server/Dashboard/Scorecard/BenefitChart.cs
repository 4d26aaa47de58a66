namespace PmoFlow.Server.Dashboard.Scorecard;

/// <summary>Money benefits per period, every service together: the plan, the validated actual and the actual awaiting validation.</summary>
/// <param name="Periods">Periods in time order; periods that name no quarter come last.</param>
/// <param name="Planned">Planned per period.</param>
/// <param name="Validated">Actual validated by the benefit owners, per period.</param>
/// <param name="AwaitingValidation">Actual not (yet) validated by the owners, per period.</param>
/// <param name="CurrentPeriod">This quarter's period name, for highlighting.</param>
internal sealed record BenefitChart(IReadOnlyList<string> Periods, IReadOnlyList<decimal> Planned, IReadOnlyList<decimal> Validated,
    IReadOnlyList<decimal> AwaitingValidation, string CurrentPeriod);
