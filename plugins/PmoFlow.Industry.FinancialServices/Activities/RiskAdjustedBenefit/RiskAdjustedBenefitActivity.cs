using System.Globalization;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Industry.FinancialServices.Profile;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.FinancialServices.Activities.RiskAdjustedBenefit;

/// <summary>
/// Sizes a benefit the way finance and risk read it: the amount times the probability it is realized at all times
/// the confidence weight of its kind, against the hurdle the investment case must clear.
/// </summary>
internal sealed class RiskAdjustedBenefitActivity : IActivity
{
    public const string TypeName = "FinancialServices.RiskAdjustedBenefit";
    public const string MeetsHurdle = "MeetsHurdle";
    public const string BelowHurdle = "BelowHurdle";
    public const string NotMeasurable = "NotMeasurable";

    private static readonly (string Kind, string Text, decimal Weight)[] Kinds =
    [
        ("Cashable", "Cashable (cost out of the budget)", FinancialServicesThresholds.DefaultCashableWeight),
        ("Revenue", "Revenue uplift", FinancialServicesThresholds.DefaultRevenueWeight),
        ("NonCashable", "Non-cashable efficiency", FinancialServicesThresholds.DefaultNonCashableWeight),
        ("CostAvoidance", "Cost or loss avoidance", FinancialServicesThresholds.DefaultCostAvoidanceWeight),
    ];

    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeName,
        Namespace = "FinancialServices",
        Name = "RiskAdjustedBenefit",
        DisplayName = "Risk-Adjusted Benefit",
        Category = "Financial services",
        Description = "Weight a benefit by its probability and the confidence finance gives its kind, and check it against a hurdle.",
        Inputs =
        [
            new InputDescriptor { Name = "Amount", TypeName = "Decimal", DisplayName = "Amount", Order = 0, Description = "The benefit as planned or realized, in money." },
            new InputDescriptor { Name = "Kind", DisplayName = "Kind", Order = 1, UIHint = "dropdown", DefaultValue = "Cashable",
                Description = "Which kind of benefit it is; each kind has the profile's confidence weight.",
                UISpecifications = new Dictionary<string, object?>
                {
                    ["items"] = Kinds.Select(k => new Dictionary<string, object?> { ["text"] = k.Text, ["value"] = k.Kind }).ToArray(),
                } },
            new InputDescriptor { Name = "Probability", TypeName = "Decimal", DisplayName = "Probability (%)", Order = 2, DefaultValue = 100m,
                Description = "How likely the benefit is realized at all, 0 to 100 (from the risk assessment of the case)." },
            new InputDescriptor { Name = "ConfidenceWeight", TypeName = "Decimal", DisplayName = "Confidence weight", Order = 3,
                Description = "Optional: replaces the kind's weight (cashable 1, revenue 0.7, non-cashable 0.5, cost avoidance 0.5)." },
            new InputDescriptor { Name = "Hurdle", TypeName = "Decimal", DisplayName = "Hurdle", Order = 4, DefaultValue = 0m,
                Description = "The risk-adjusted amount the case must reach." },
        ],
        Outputs =
        [
            new OutputDescriptor { Name = "RiskAdjustedAmount", TypeName = "Decimal", DisplayName = "Risk-adjusted amount", Description = "Amount × probability × weight, to the cent." },
            new OutputDescriptor { Name = "Factor", TypeName = "Decimal", Description = "Probability × weight: the share of the amount that counts." },
            new OutputDescriptor { Name = "Findings", TypeName = "String", Description = "The computation in words, or why it could not be made." },
        ],
        Ports = [new PortDescriptor(MeetsHurdle, "Meets hurdle"), new PortDescriptor(BelowHurdle, "Below hurdle"), new PortDescriptor(NotMeasurable, "Not measurable")],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new ActivityInputs(context);
        var amount = await inputs.DecimalAsync("Amount");
        var kindText = await inputs.TextAsync("Kind") ?? "Cashable";
        var probability = await inputs.DecimalAsync("Probability") ?? 100m;
        var weightOverride = await inputs.DecimalAsync("ConfidenceWeight");
        var hurdle = await inputs.DecimalAsync("Hurdle") ?? 0m;

        var problems = new List<string>(inputs.Problems);
        var kind = Kinds.FirstOrDefault(k => string.Equals(k.Kind, kindText, StringComparison.OrdinalIgnoreCase));
        if (kind.Kind is null) problems.Add($"Kind '{kindText}' is not one of {string.Join(", ", Kinds.Select(k => k.Kind))}");
        if (inputs.Problems.Count == 0 && amount is null) problems.Add("Amount is required");
        if (probability is < 0 or > 100) problems.Add($"Probability {Number(probability)} is not between 0 and 100");
        if (weightOverride is < 0 or > 1) problems.Add($"ConfidenceWeight {Number(weightOverride!.Value)} is not between 0 and 1");
        if (problems.Count > 0)
        {
            context.SetOutput("Findings", string.Join("; ", problems));
            context.Complete(NotMeasurable);
            return;
        }

        var weight = weightOverride ?? kind.Weight;
        var factor = probability / 100m * weight;
        var adjusted = Math.Round(amount!.Value * factor, 2);
        context.SetOutput("RiskAdjustedAmount", adjusted);
        context.SetOutput("Factor", factor);
        var meets = adjusted >= hurdle;
        context.SetOutput("Findings",
            $"{Number(amount.Value)} × {Number(probability)}% probability × {Number(weight)} ({kind.Kind}) = {Number(adjusted)}, "
            + (meets ? $"at or above the hurdle of {Number(hurdle)}" : $"{Number(hurdle - adjusted)} short of the hurdle of {Number(hurdle)}"));
        context.Complete(meets ? MeetsHurdle : BelowHurdle);
    }

    private static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
