using System.Globalization;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Core.Gates;

namespace PmoFlow.Hosting.Industry;

/// <summary>
/// Lays an industry profile's default gate thresholds under the organization's. The store keeps the whole typed set
/// (a PUT fills what it leaves out with PmoFlow's defaults), so a value still equal to PmoFlow's default is taken as
/// not chosen by the organization, and the profile's value applies. The ranges are the API's for the same fields.
/// </summary>
internal static class ProfileThresholds
{
    private static readonly GateThresholds Defaults = new();

    private static readonly Field[] Fields =
    [
        new(GateThresholdNames.OnboardedShare, 0, 1, t => t.OnboardedShare, (t, v) => t with { OnboardedShare = v }),
        new(GateThresholdNames.OnboardingCsat, 1, 5, t => t.OnboardingCsat, (t, v) => t with { OnboardingCsat = v }),
        new(GateThresholdNames.RealizedBenefitShare, 0, 1, t => t.RealizedBenefitShare, (t, v) => t with { RealizedBenefitShare = v }),
        new(GateThresholdNames.CostAvoidanceDiscount, 0, 1, t => t.CostAvoidanceDiscount, (t, v) => t with { CostAvoidanceDiscount = v }),
        new(GateThresholdNames.VarianceNoteBelow, 0, 1, t => t.VarianceNoteBelow, (t, v) => t with { VarianceNoteBelow = v }),
        new(GateThresholdNames.NpsTarget, -100, 100, t => t.NpsTarget, (t, v) => t with { NpsTarget = v }),
        new(GateThresholdNames.ObservationMaxAge, 1, 3650, t => Days(t.ObservationMaxAge), (t, v) => t with { ObservationMaxAge = FromDays(v) }),
        new(GateThresholdNames.MinimumResponses, 1, 10_000, t => t.MinimumResponses, (t, v) => t with { MinimumResponses = (int)v }, Whole: true),
        new(GateThresholdNames.ApprovalDue, 1m / 24, 365, t => Days(t.ApprovalDue), (t, v) => t with { ApprovalDue = FromDays(v) }),
        new(GateThresholdNames.ApprovalReminderBefore, 0, 365, t => Days(t.ApprovalReminderBefore), (t, v) => t with { ApprovalReminderBefore = FromDays(v) }),
    ];

    public static bool IsTyped(string name) => Fields.Any(f => f.Is(name));

    /// <summary>The organization's thresholds with the profile's defaults where the organization kept PmoFlow's.</summary>
    public static GateThresholds Apply(GateThresholds organization, IndustryProfile profile, List<string> problems)
    {
        var result = organization;
        foreach (var (name, value) in profile.GateThresholds)
        {
            if (Fields.FirstOrDefault(f => f.Is(name)) is not { } field) continue;
            if (field.Problem(value) is { } problem)
            {
                problems.Add($"{profile.Industry} threshold {name} = {value.ToString(CultureInfo.InvariantCulture)} is ignored: {problem}");
                continue;
            }
            if (field.Get(organization) == field.Get(Defaults)) result = field.Set(result, value);
        }
        if (result.ApprovalReminderBefore >= result.ApprovalDue && organization.ApprovalReminderBefore < organization.ApprovalDue)
        {
            problems.Add($"{profile.Industry} thresholds put the approval reminder at or after the due time; the organization's approval timing is kept");
            result = result with { ApprovalDue = organization.ApprovalDue, ApprovalReminderBefore = organization.ApprovalReminderBefore };
        }
        return result;
    }

    /// <summary>The profile's thresholds that are not typed ones, by name.</summary>
    public static IEnumerable<KeyValuePair<string, decimal>> Named(IndustryProfile profile) => profile.GateThresholds.Where(kv => !IsTyped(kv.Key));

    private static decimal Days(TimeSpan span) => (decimal)span.TotalDays;

    private static TimeSpan FromDays(decimal days) => TimeSpan.FromDays((double)days);

    private sealed record Field(string Name, decimal Min, decimal Max, Func<GateThresholds, decimal> Get, Func<GateThresholds, decimal, GateThresholds> Set, bool Whole = false)
    {
        public bool Is(string name) => string.Equals(Name, name, StringComparison.OrdinalIgnoreCase);

        public string? Problem(decimal value) =>
            value < Min || value > Max ? $"it must be between {Min.ToString("0.####", CultureInfo.InvariantCulture)} and {Max.ToString(CultureInfo.InvariantCulture)}"
            : Whole && value != decimal.Truncate(value) ? "it must be a whole number"
            : null;
    }
}
