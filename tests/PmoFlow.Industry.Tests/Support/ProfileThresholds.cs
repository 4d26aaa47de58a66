using PmoFlow.Abstractions.Plugins;
using PmoFlow.Core.Gates;

namespace PmoFlow.Industry.Tests.Support;

/// <summary>
/// A profile's gate thresholds split the way the rule engine takes them: the built-in ones (<see cref="GateThresholdNames"/>)
/// as the domain's typed <see cref="GateThresholds"/>, the plugin's own by name.
/// </summary>
internal sealed record ProfileThresholds(GateThresholds Typed, IReadOnlyDictionary<string, decimal> Named)
{
    public static ProfileThresholds Apply(IReadOnlyDictionary<string, decimal> profile, IReadOnlyDictionary<string, decimal>? overrides = null)
    {
        var all = new Dictionary<string, decimal>(profile, StringComparer.Ordinal);
        foreach (var (name, value) in overrides ?? new Dictionary<string, decimal>()) all[name] = value;
        var typed = new GateThresholds();
        var named = new Dictionary<string, decimal>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in all)
        {
            typed = name switch
            {
                GateThresholdNames.OnboardedShare => typed with { OnboardedShare = value },
                GateThresholdNames.OnboardingCsat => typed with { OnboardingCsat = value },
                GateThresholdNames.RealizedBenefitShare => typed with { RealizedBenefitShare = value },
                GateThresholdNames.CostAvoidanceDiscount => typed with { CostAvoidanceDiscount = value },
                GateThresholdNames.VarianceNoteBelow => typed with { VarianceNoteBelow = value },
                GateThresholdNames.NpsTarget => typed with { NpsTarget = value },
                GateThresholdNames.ObservationMaxAge => typed with { ObservationMaxAge = TimeSpan.FromDays((double)value) },
                GateThresholdNames.MinimumResponses => typed with { MinimumResponses = (int)value },
                GateThresholdNames.ApprovalDue => typed with { ApprovalDue = TimeSpan.FromDays((double)value) },
                GateThresholdNames.ApprovalReminderBefore => typed with { ApprovalReminderBefore = TimeSpan.FromDays((double)value) },
                _ => typed,
            };
            if (!IsBuiltIn(name)) named[name] = value;
        }
        return new ProfileThresholds(typed, named);
    }

    private static bool IsBuiltIn(string name) => typeof(GateThresholdNames).GetFields().Any(f => (string?)f.GetRawConstantValue() == name);
}
