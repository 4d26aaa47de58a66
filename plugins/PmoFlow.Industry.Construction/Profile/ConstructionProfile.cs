using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Construction.Profile;

/// <summary>The construction and engineering industry profile.</summary>
internal static class ConstructionProfile
{
    public const string Industry = "construction";

    public static IndustryProfile Create() => new()
    {
        Industry = Industry,
        DisplayName = "Construction & engineering (HSE, earned value)",
        Kpis = ConstructionKpis.All,
        BenefitCategories = ConstructionBenefits.All,
        GateThresholds = ConstructionThresholds.Defaults(),
        MandatoryControls = ConstructionControls.All,
        Terminology = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = "programme",
            ["sponsor"] = "client representative",
            ["customer"] = "stakeholder",
            ["gate"] = "stage gate",
            ["waiver"] = "concession",
            ["improvement"] = "lessons learned",
        },
    };
}
