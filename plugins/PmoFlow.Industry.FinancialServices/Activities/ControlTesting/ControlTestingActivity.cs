using System.Globalization;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.FinancialServices.Activities.ControlTesting;

/// <summary>
/// Concludes on a cycle of key-control testing (SOX section 404): the share tested and operating effectively, and
/// the most severe finding, which decides the flow: a material weakness, deficiencies, testing not finished, or
/// controls effective.
/// </summary>
internal sealed class ControlTestingActivity : IActivity
{
    public const string TypeName = "FinancialServices.ControlTesting";
    public const string Effective = "Effective";
    public const string TestingIncomplete = "TestingIncomplete";
    public const string Deficient = "Deficient";
    public const string MaterialWeakness = "MaterialWeakness";
    public const string NotMeasurable = "NotMeasurable";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeName,
        Namespace = "FinancialServices",
        Name = "ControlTesting",
        DisplayName = "Key Control Testing (SOX)",
        Category = "Financial services",
        Description = "Conclude on key-control testing: effective, testing incomplete, deficient, or a material weakness.",
        Inputs =
        [
            Count("KeyControls", "Key controls in scope", "Key controls the process relies on.", 0),
            Count("Tested", "Controls tested", "Key controls whose operating effectiveness was tested this cycle.", 1),
            Count("Exceptions", "Controls with exceptions", "Tested controls that did not operate as designed.", 2),
            Count("SignificantDeficiencies", "Significant deficiencies", "Open significant deficiencies.", 3),
            Count("MaterialWeaknesses", "Material weaknesses", "Open material weaknesses.", 4),
        ],
        Outputs =
        [
            new OutputDescriptor { Name = "TestedShare", TypeName = "Decimal", DisplayName = "Tested (%)", Description = "Key controls tested, in percent." },
            new OutputDescriptor { Name = "EffectiveShare", TypeName = "Decimal", DisplayName = "Effective (%)", Description = "Tested controls without exceptions, in percent." },
            new OutputDescriptor { Name = "Conclusion", TypeName = "String", Description = "Effective, testing incomplete, deficient or material weakness, with the counts." },
        ],
        Ports =
        [
            new PortDescriptor(Effective, "Effective"),
            new PortDescriptor(TestingIncomplete, "Testing incomplete"),
            new PortDescriptor(Deficient, "Deficient"),
            new PortDescriptor(MaterialWeakness, "Material weakness"),
            new PortDescriptor(NotMeasurable, "Not measurable"),
        ],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new ActivityInputs(context);
        var keyControls = await inputs.IntegerAsync("KeyControls");
        var tested = await inputs.IntegerAsync("Tested") ?? 0;
        var exceptions = await inputs.IntegerAsync("Exceptions") ?? 0;
        var significant = await inputs.IntegerAsync("SignificantDeficiencies") ?? 0;
        var weaknesses = await inputs.IntegerAsync("MaterialWeaknesses") ?? 0;

        var problems = new List<string>(inputs.Problems);
        if (inputs.Problems.Count == 0 && keyControls is not > 0) problems.Add("KeyControls must be above zero");
        if (tested < 0 || exceptions < 0 || significant < 0 || weaknesses < 0) problems.Add("counts cannot be negative");
        if (keyControls is > 0 && tested > keyControls) problems.Add($"{tested} controls tested of only {keyControls} in scope");
        if (exceptions > tested) problems.Add($"{exceptions} controls with exceptions of only {tested} tested");
        if (problems.Count > 0)
        {
            context.SetOutput("Conclusion", string.Join("; ", problems));
            context.Complete(NotMeasurable);
            return;
        }

        var testedShare = Math.Round(100m * tested / keyControls!.Value, 1);
        var effectiveShare = tested == 0 ? 0m : Math.Round(100m * (tested - exceptions) / tested, 1);
        context.SetOutput("TestedShare", testedShare);
        context.SetOutput("EffectiveShare", effectiveShare);
        var counts = $"{tested} of {keyControls} key controls tested, {exceptions} with exceptions";
        var (port, conclusion) = (weaknesses, exceptions + significant, tested < keyControls) switch
        {
            ( > 0, _, _) => (MaterialWeakness, $"material weakness ({Plural(weaknesses, "material weakness", "material weaknesses")} open; {counts})"),
            (_, > 0, _) => (Deficient, $"deficient ({counts}; {Plural(significant, "significant deficiency", "significant deficiencies")} open)"),
            (_, _, true) => (TestingIncomplete, $"testing incomplete ({counts}: {keyControls - tested} still to test)"),
            _ => (Effective, $"effective ({counts})"),
        };
        context.SetOutput("Conclusion", conclusion);
        context.Complete(port);
    }

    private static string Plural(int n, string one, string many) => $"{n.ToString(CultureInfo.InvariantCulture)} {(n == 1 ? one : many)}";

    private static InputDescriptor Count(string name, string displayName, string description, float order) => new()
    {
        Name = name, TypeName = "Int32", DisplayName = displayName, Description = description, Order = order, Category = "Testing cycle",
    };
}
