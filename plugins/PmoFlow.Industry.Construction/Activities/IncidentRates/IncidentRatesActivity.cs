using System.Globalization;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Industry.Construction.Profile;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.Construction.Activities.IncidentRates;

/// <summary>
/// Computes TRIR (per 200,000 hours) and LTIFR (per 1,000,000 hours) from incident counts and hours worked, and
/// routes the flow by the HSE limits.
/// </summary>
internal sealed class IncidentRatesActivity : IActivity
{
    public const string TypeName = "Construction.IncidentRates";
    public const string WithinLimits = "WithinLimits";
    public const string AboveLimits = "AboveLimits";
    public const string NotMeasurable = "NotMeasurable";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeName,
        Namespace = "Construction",
        Name = "IncidentRates",
        DisplayName = "HSE Incident Rates (TRIR/LTIFR)",
        Category = "Construction",
        Description = "Compute TRIR and LTIFR from incidents and hours worked and check them against the HSE limits.",
        Inputs =
        [
            new InputDescriptor { Name = "RecordableIncidents", TypeName = "Int32", DisplayName = "Recordable incidents", Order = 0, Category = "Period",
                Description = "Recordable injuries and illnesses in the period, subcontractors included." },
            new InputDescriptor { Name = "LostTimeInjuries", TypeName = "Int32", DisplayName = "Lost-time injuries", Order = 1, Category = "Period",
                Description = "Injuries with at least one full day away from work, in the same period." },
            new InputDescriptor { Name = "HoursWorked", TypeName = "Decimal", DisplayName = "Hours worked", Order = 2, Category = "Period",
                Description = "Hours worked on site by everyone in the same period." },
            new InputDescriptor { Name = "TrirMaximum", TypeName = "Decimal", DisplayName = "TRIR maximum", Order = 3, Category = "Thresholds",
                DefaultValue = ConstructionThresholds.DefaultTrirMax, Description = "Per 200,000 hours; 2.0 by default." },
            new InputDescriptor { Name = "LtifrMaximum", TypeName = "Decimal", DisplayName = "LTIFR maximum", Order = 4, Category = "Thresholds",
                DefaultValue = ConstructionThresholds.DefaultLtifrMax, Description = "Per 1,000,000 hours; 1.0 by default." },
        ],
        Outputs =
        [
            new OutputDescriptor { Name = "Trir", TypeName = "Decimal", DisplayName = "TRIR", Description = "Recordable incidents × 200,000 ÷ hours, to two decimals." },
            new OutputDescriptor { Name = "Ltifr", TypeName = "Decimal", DisplayName = "LTIFR", Description = "Lost-time injuries × 1,000,000 ÷ hours, to two decimals." },
            new OutputDescriptor { Name = "Findings", TypeName = "String", Description = "Which rate is above its limit and how many incident-free hours would bring it back." },
        ],
        Ports =
        [
            new PortDescriptor(WithinLimits, "Within limits"),
            new PortDescriptor(AboveLimits, "Above limits"),
            new PortDescriptor(NotMeasurable, "Not measurable"),
        ],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new ActivityInputs(context);
        var recordables = await inputs.IntegerAsync("RecordableIncidents") ?? 0;
        var lostTime = await inputs.IntegerAsync("LostTimeInjuries") ?? 0;
        var hours = await inputs.DecimalAsync("HoursWorked");
        var trirMax = await inputs.DecimalAsync("TrirMaximum") ?? ConstructionThresholds.DefaultTrirMax;
        var ltifrMax = await inputs.DecimalAsync("LtifrMaximum") ?? ConstructionThresholds.DefaultLtifrMax;

        // Bad figures are the workflow's data, not a fault of the plugin: they take their own port.
        var problems = inputs.Problems.Count > 0 ? [.. inputs.Problems] : Check(recordables, lostTime, hours, trirMax, ltifrMax);
        if (problems.Count > 0)
        {
            context.SetOutput("Findings", string.Join("; ", problems));
            context.Complete(NotMeasurable);
            return;
        }

        var trir = IncidentRate.Of(recordables, hours!.Value, IncidentRate.TrirBasis);
        var ltifr = IncidentRate.Of(lostTime, hours.Value, IncidentRate.LtifrBasis);
        context.SetOutput("Trir", Math.Round(trir, 2));
        context.SetOutput("Ltifr", Math.Round(ltifr, 2));

        var findings = new List<string>();
        if (trir > trirMax)
            findings.Add($"TRIR {Rate(trir)} is above {Number(trirMax)}: {Number(IncidentRate.HoursToReach(recordables, hours.Value, IncidentRate.TrirBasis, trirMax))} more hours without a recordable incident would bring it down");
        if (ltifr > ltifrMax)
            findings.Add($"LTIFR {Rate(ltifr)} is above {Number(ltifrMax)}: {Number(IncidentRate.HoursToReach(lostTime, hours.Value, IncidentRate.LtifrBasis, ltifrMax))} more hours without a lost-time injury would bring it down");
        context.SetOutput("Findings", findings.Count == 0 ? $"TRIR {Rate(trir)} and LTIFR {Rate(ltifr)} are within their limits" : string.Join("; ", findings));
        context.Complete(findings.Count == 0 ? WithinLimits : AboveLimits);
    }

    private static List<string> Check(int recordables, int lostTime, decimal? hours, decimal trirMax, decimal ltifrMax)
    {
        var problems = new List<string>();
        if (hours is not > 0) problems.Add("hours worked must be above zero: a rate needs exposure");
        if (recordables < 0 || lostTime < 0) problems.Add("incident counts cannot be negative");
        if (lostTime > recordables) problems.Add($"lost-time injuries ({lostTime}) outnumber recordable incidents ({recordables}): every lost-time injury is recordable");
        if (trirMax <= 0 || ltifrMax <= 0) problems.Add("the limits must be above zero");
        return problems;
    }

    // Rounded up, so a rate just over its limit never prints as meeting it.
    private static string Rate(decimal value) => (Math.Ceiling(value * 100m) / 100m).ToString("0.00", CultureInfo.InvariantCulture);

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
