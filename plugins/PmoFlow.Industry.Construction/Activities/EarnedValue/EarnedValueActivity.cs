using System.Globalization;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Industry.Construction.Profile;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.Construction.Activities.EarnedValue;

/// <summary>
/// Computes SPI and CPI (and, with a budget at completion, EAC, VAC and TCPI) from a status date's planned value,
/// earned value and actual cost, and routes the flow by the minimums: a stage-gate check a PMO architect drops in.
/// </summary>
internal sealed class EarnedValueActivity : IActivity
{
    public const string TypeName = "Construction.EarnedValue";
    public const string WithinThresholds = "WithinThresholds";
    public const string BelowThreshold = "BelowThreshold";
    public const string NotMeasurable = "NotMeasurable";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeName,
        Namespace = "Construction",
        Name = "EarnedValue",
        DisplayName = "Earned Value (SPI/CPI)",
        Category = "Construction",
        Description = "Compute SPI = EV ÷ PV and CPI = EV ÷ AC at a status date and check them against the stage-gate minimums.",
        Inputs =
        [
            Money("PlannedValue", "Planned value (PV)", "Budgeted cost of the work scheduled to the status date.", 0),
            Money("EarnedValue", "Earned value (EV)", "Budgeted cost of the work performed to the status date.", 1),
            Money("ActualCost", "Actual cost (AC)", "Actual cost of the work performed to the status date.", 2),
            Money("BudgetAtCompletion", "Budget at completion (BAC)", "Optional: the total budget, for EAC, VAC and TCPI.", 3),
            Index("SpiMinimum", "SPI minimum", ConstructionThresholds.DefaultSpiMin, 4),
            Index("CpiMinimum", "CPI minimum", ConstructionThresholds.DefaultCpiMin, 5),
        ],
        Outputs =
        [
            new OutputDescriptor { Name = "Spi", TypeName = "Decimal", DisplayName = "SPI", Description = "EV ÷ PV, to three decimals." },
            new OutputDescriptor { Name = "Cpi", TypeName = "Decimal", DisplayName = "CPI", Description = "EV ÷ AC, to three decimals." },
            new OutputDescriptor { Name = "ScheduleVariance", TypeName = "Decimal", DisplayName = "Schedule variance (SV)", Description = "EV − PV." },
            new OutputDescriptor { Name = "CostVariance", TypeName = "Decimal", DisplayName = "Cost variance (CV)", Description = "EV − AC." },
            new OutputDescriptor { Name = "EstimateAtCompletion", TypeName = "Decimal", DisplayName = "EAC", Description = "BAC ÷ CPI, when BAC is given." },
            new OutputDescriptor { Name = "VarianceAtCompletion", TypeName = "Decimal", DisplayName = "VAC", Description = "BAC − EAC, when BAC is given." },
            new OutputDescriptor { Name = "ToCompletePerformanceIndex", TypeName = "Decimal", DisplayName = "TCPI", Description = "(BAC − EV) ÷ (BAC − AC), while budget remains." },
            new OutputDescriptor { Name = "Findings", TypeName = "String", Description = "What is below its minimum and what would bring it back, or why nothing could be computed." },
        ],
        Ports =
        [
            new PortDescriptor(WithinThresholds, "Within thresholds"),
            new PortDescriptor(BelowThreshold, "Below threshold"),
            new PortDescriptor(NotMeasurable, "Not measurable"),
        ],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new ActivityInputs(context);
        var pv = await inputs.DecimalAsync("PlannedValue");
        var ev = await inputs.DecimalAsync("EarnedValue");
        var ac = await inputs.DecimalAsync("ActualCost");
        var bac = await inputs.DecimalAsync("BudgetAtCompletion");
        var spiMin = await inputs.DecimalAsync("SpiMinimum") ?? ConstructionThresholds.DefaultSpiMin;
        var cpiMin = await inputs.DecimalAsync("CpiMinimum") ?? ConstructionThresholds.DefaultCpiMin;

        // Bad figures are the workflow's data, not a fault of the plugin: they take their own port.
        var problems = inputs.Problems.Count > 0 ? [.. inputs.Problems] : Check(pv, ev, ac, bac);
        if (problems.Count > 0)
        {
            context.SetOutput("Findings", string.Join("; ", problems));
            context.Complete(NotMeasurable);
            return;
        }

        var figures = new EarnedValueFigures(pv!.Value, ev!.Value, ac!.Value, bac);
        context.SetOutput("Spi", Math.Round(figures.Spi, 3));
        context.SetOutput("Cpi", Math.Round(figures.Cpi, 3));
        context.SetOutput("ScheduleVariance", Math.Round(figures.ScheduleVariance, 2));
        context.SetOutput("CostVariance", Math.Round(figures.CostVariance, 2));
        context.SetOutput("EstimateAtCompletion", Rounded(figures.EstimateAtCompletion, 2));
        context.SetOutput("VarianceAtCompletion", Rounded(figures.VarianceAtCompletion, 2));
        context.SetOutput("ToCompletePerformanceIndex", Rounded(figures.ToCompletePerformanceIndex, 3));

        var findings = new List<string>();
        if (figures.Spi < spiMin)
            findings.Add($"SPI {Index(figures.Spi)} is below {Number(spiMin)}: {Number(Math.Ceiling(figures.EarnedValueForSpi(spiMin)))} more earned value against the schedule would reach it");
        if (figures.Cpi < cpiMin)
            findings.Add($"CPI {Index(figures.Cpi)} is below {Number(cpiMin)}: {Number(Math.Ceiling(figures.EarnedValueForCpi(cpiMin)))} more earned value at today's cost would reach it");
        context.SetOutput("Findings", findings.Count == 0 ? $"SPI {Index(figures.Spi)} and CPI {Index(figures.Cpi)} meet their minimums" : string.Join("; ", findings));
        context.Complete(findings.Count == 0 ? WithinThresholds : BelowThreshold);
    }

    private static List<string> Check(decimal? pv, decimal? ev, decimal? ac, decimal? bac)
    {
        var problems = new List<string>();
        if (pv is not > 0) problems.Add("planned value must be above zero (with nothing scheduled yet, SPI is undefined)");
        if (ev is not >= 0) problems.Add("earned value must be zero or more");
        if (ac is not > 0) problems.Add("actual cost must be above zero (with nothing spent yet, CPI is undefined)");
        if (bac is <= 0) problems.Add("budget at completion, when given, must be above zero");
        return problems;
    }

    private static InputDescriptor Money(string name, string displayName, string description, float order) => new()
    {
        Name = name, TypeName = "Decimal", DisplayName = displayName, Description = description, Order = order, Category = "Status date",
    };

    private static InputDescriptor Index(string name, string displayName, decimal defaultValue, float order) => new()
    {
        Name = name, TypeName = "Decimal", DisplayName = displayName, Order = order, Category = "Thresholds", DefaultValue = defaultValue,
        Description = $"The stage-gate minimum; {defaultValue.ToString(CultureInfo.InvariantCulture)} by default.",
    };

    private static decimal? Rounded(decimal? value, int decimals) => value is { } v ? Math.Round(v, decimals) : null;

    // Floored, so an index just under its minimum never prints as meeting it.
    private static string Index(decimal value) => (Math.Floor(value * 100m) / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
