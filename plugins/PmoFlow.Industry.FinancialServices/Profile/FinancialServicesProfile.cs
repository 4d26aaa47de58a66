using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.FinancialServices.Profile;

/// <summary>The financial services industry profile.</summary>
internal static class FinancialServicesProfile
{
    public const string Industry = "financial-services";

    public static IndustryProfile Create() => new()
    {
        Industry = Industry,
        DisplayName = "Financial services (SOX, regulatory, risk-adjusted value)",
        Kpis = FinancialServicesKpis.All,
        BenefitCategories = FinancialServicesBenefits.All,
        GateThresholds = FinancialServicesThresholds.Defaults(),
        MandatoryControls = FinancialServicesControls.All,
        Terminology = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["service"] = "change initiative",
            ["sponsor"] = "accountable executive",
            ["customer"] = "business line",
            ["gate"] = "governance checkpoint",
            ["waiver"] = "risk acceptance",
            ["business value owner"] = "finance business partner",
        },
    };
}
