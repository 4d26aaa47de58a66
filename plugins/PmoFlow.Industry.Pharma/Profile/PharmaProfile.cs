using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.Pharma.Profile;

/// <summary>The pharma and life sciences industry profile.</summary>
internal static class PharmaProfile
{
    public const string Industry = "pharma";

    public static IndustryProfile Create() => new()
    {
        Industry = Industry,
        DisplayName = "Pharma & life sciences (GxP)",
        Kpis = PharmaKpis.All,
        BenefitCategories = PharmaBenefits.All,
        GateThresholds = PharmaThresholds.Defaults(),
        MandatoryControls = PharmaControls.All,
        Terminology = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = "GxP service",
            ["sponsor"] = "process owner",
            ["customer"] = "stakeholder",
            ["gate"] = "quality gate",
            ["waiver"] = "planned deviation",
            ["improvement"] = "CAPA and continuous improvement",
        },
    };
}
