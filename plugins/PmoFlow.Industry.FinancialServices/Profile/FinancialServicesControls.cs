using PmoFlow.Abstractions.Plugins;

namespace PmoFlow.Industry.FinancialServices.Profile;

/// <summary>Controls every financial-services change shows evidence of, and the flywheel step they must be in place by.</summary>
internal static class FinancialServicesControls
{
    public static IReadOnlyList<MandatoryControl> All { get; } =
    [
        new("reg.change-impact-assessment", "Regulatory impact assessed", BeforeStep: 4,
            "Compliance has assessed which regulations the change touches and what they require of it."),
        new("sox.key-controls-designed", "Key controls designed and documented", BeforeStep: 5,
            "Risk and control matrix updated for the changed process, with each key control's owner, frequency and evidence."),
        new("sox.key-controls-tested", "Key controls tested", BeforeStep: 6,
            "Operating effectiveness of every key control the change touches tested, including IT general controls (access, change, operations)."),
        new("risk.third-party-assessment", "Third-party risk assessed", BeforeStep: 6,
            "Outsourcing and ICT third-party risk assessed and the contract carries the regulators' required terms (for example under DORA)."),
        new("risk.model-validation", "Models independently validated", BeforeStep: 6,
            "Any model the change uses validated independently before use (model risk management, such as SR 11-7)."),
        new("sox.deficiencies-remediated", "Control deficiencies remediated", BeforeStep: 10,
            "Every deficiency found remediated and retested before the change's value is recognized."),
    ];
}
