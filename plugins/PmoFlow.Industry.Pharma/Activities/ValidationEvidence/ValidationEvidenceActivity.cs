using System.Globalization;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.Pharma.Activities.ValidationEvidence;

/// <summary>
/// Checks a computerised system's validation evidence for its GAMP 5 category (traceability, IQ, OQ, PQ, open
/// validation deviations, the validation summary report) and routes the flow: Complete releases it for GxP use,
/// Incomplete lists what is missing.
/// </summary>
internal sealed class ValidationEvidenceActivity : IActivity
{
    public const string TypeName = "Pharma.ValidationEvidence";
    public const string Complete = "Complete";
    public const string Incomplete = "Incomplete";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeName,
        Namespace = "Pharma",
        Name = "ValidationEvidence",
        DisplayName = "CSV Evidence Check",
        Category = "Pharma (GxP)",
        Description = "Check a computerised system's validation evidence (GAMP 5) before GxP use: Complete, or Incomplete with what is missing.",
        Inputs =
        [
            new InputDescriptor { Name = "System", DisplayName = "System", Order = 0, Description = "The computerised system, such as 'LIMS 8.2'." },
            new InputDescriptor { Name = "GampCategory", TypeName = "Int32", DisplayName = "GAMP 5 category", Order = 1, UIHint = "dropdown", DefaultValue = 4,
                Description = "The software category, which decides the evidence needed.",
                UISpecifications = new Dictionary<string, object?>
                {
                    ["items"] = ValidationDeliverables.Categories.Select(c => new Dictionary<string, object?> { ["text"] = c.Text, ["value"] = c.Value }).ToArray(),
                } },
            Share("RequirementsTraced", "Requirements traced (%)", "User requirements traced to passed tests.", 2),
            Share("IqPassed", "IQ passed (%)", "Installation qualification test cases passed.", 3),
            Share("OqPassed", "OQ passed (%)", "Operational qualification test cases passed.", 4),
            Share("PqPassed", "PQ passed (%)", "Performance qualification test cases passed.", 5),
            new InputDescriptor { Name = "OpenDeviations", TypeName = "Int32", DisplayName = "Open validation deviations", Order = 6, Category = "Evidence",
                Description = "Deviations raised during validation and not yet closed." },
            new InputDescriptor { Name = "SummaryReportApproved", TypeName = "Boolean", DisplayName = "Validation summary report approved", Order = 7,
                Category = "Evidence", UIHint = "checkbox", DefaultValue = false, Description = "Quality assurance approved the validation summary report." },
        ],
        Outputs =
        [
            new OutputDescriptor { Name = "Missing", TypeName = "String[]", Description = "What is missing, one item each; empty when complete." },
            new OutputDescriptor { Name = "Summary", TypeName = "String", Description = "The check in one sentence." },
        ],
        Ports = [new PortDescriptor(Complete, "Complete"), new PortDescriptor(Incomplete, "Incomplete")],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new ActivityInputs(context);
        var system = await inputs.TextAsync("System") ?? "the system";
        var category = await inputs.IntegerAsync("GampCategory") ?? 4;
        var traced = await inputs.DecimalAsync("RequirementsTraced");
        var iq = await inputs.DecimalAsync("IqPassed");
        var oq = await inputs.DecimalAsync("OqPassed");
        var pq = await inputs.DecimalAsync("PqPassed");
        var deviations = await inputs.IntegerAsync("OpenDeviations");
        var vsr = await inputs.BooleanAsync("SummaryReportApproved") ?? false;

        var missing = new List<string>(inputs.Problems);
        if (!ValidationDeliverables.IsCategory(category)) missing.Add($"GAMP 5 category {category} does not exist (1, 3, 4 or 5)");
        if (ValidationDeliverables.NeedsTraceability(category)) Require(missing, traced, "requirements traced to passed tests");
        Require(missing, iq, "IQ test cases passed");
        if (ValidationDeliverables.NeedsOq(category)) Require(missing, oq, "OQ test cases passed");
        if (ValidationDeliverables.NeedsPq(category)) Require(missing, pq, "PQ test cases passed");
        if (deviations is null) missing.Add("the number of open validation deviations (0 if none)");
        else if (deviations > 0) missing.Add($"{deviations} validation deviation{(deviations == 1 ? "" : "s")} to close");
        if (!vsr) missing.Add("quality assurance's approval of the validation summary report");

        context.SetOutput("Missing", missing.ToArray());
        context.SetOutput("Summary", missing.Count == 0
            ? $"{system} (GAMP 5 category {category}): validation evidence complete"
            : $"{system} (GAMP 5 category {category}) is not ready for GxP use: {string.Join("; ", missing)}");
        context.Complete(missing.Count == 0 ? Complete : Incomplete);
    }

    private static void Require(List<string> missing, decimal? percent, string what)
    {
        if (percent is null) missing.Add($"{what} (not recorded)");
        // Floored, so a share just short of 100% never prints as 100%.
        else if (percent < 100m) missing.Add($"{what}: {(Math.Floor(percent.Value * 10m) / 10m).ToString("0.#", CultureInfo.InvariantCulture)}% of 100%");
    }

    private static InputDescriptor Share(string name, string displayName, string description, float order) => new()
    {
        Name = name, TypeName = "Decimal", DisplayName = displayName, Description = description, Order = order, Category = "Evidence",
    };
}
