using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Plugins.Contributions;

/// <summary>
/// Host-owned copies of what a plugin hands over. The SDK's records are host types, but what is inside them may be
/// the plugin's: a collection expression such as <c>Kpis = [...]</c> compiles to a list class generated in the
/// plugin's own assembly, and an object-typed value may be a plugin type. Kept by the host, either would keep the
/// plugin's load context alive after it unloads.
/// </summary>
internal static class Detached
{
    public static ActivityDescriptor Copy(ActivityDescriptor d) => d with
    {
        Inputs = d.Inputs.Select(i => i with { DefaultValue = Value(i.DefaultValue), UISpecifications = Map(i.UISpecifications) }).ToArray(),
        Outputs = d.Outputs.Select(o => o with { }).ToArray(),
        Ports = d.Ports.Select(p => p with { }).ToArray(),
        CustomProperties = Map(d.CustomProperties) ?? new Dictionary<string, object?>(),
        ConstructionProperties = Map(d.ConstructionProperties) ?? new Dictionary<string, object?>(),
    };

    public static IndustryProfile Copy(IndustryProfile p) => p with
    {
        Kpis = p.Kpis.Select(k => k with { }).ToArray(),
        BenefitCategories = p.BenefitCategories.Select(b => b with { }).ToArray(),
        GateThresholds = new Dictionary<string, decimal>(p.GateThresholds, StringComparer.Ordinal),
        MandatoryControls = p.MandatoryControls.Select(c => c with { }).ToArray(),
        Terminology = new Dictionary<string, string>(p.Terminology, StringComparer.Ordinal),
    };

    public static ReportWording Copy(ReportWording w) => w with { Phrases = new Dictionary<string, string>(w.Phrases, StringComparer.Ordinal) };

    private static Dictionary<string, object?>? Map(IReadOnlyDictionary<string, object?>? map) =>
        map?.ToDictionary(kv => kv.Key, kv => Value(kv.Value), StringComparer.Ordinal);

    // Values of host types (strings, numbers, the BCL's collections of them) are kept; a plugin type is kept as text.
    private static object? Value(object? value) => value is null || !value.GetType().IsCollectible ? value : value.ToString();
}
