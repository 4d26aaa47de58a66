using PmoFlow.Core.Benefits;

namespace PmoFlow.Server.Dashboard.Common;

/// <summary>
/// Which benefits the dashboard calls validated: those validated by their business value owner (DESIGN.md §2), the
/// same test gate 9→10 applies (Core keeps its copy private to the rule). A PMO analyst's sign-off is shown, but as
/// awaiting the owner, never as validated.
/// </summary>
internal static class BenefitValidation
{
    public static bool IsValidatedByOwner(Benefit benefit)
    {
        ArgumentNullException.ThrowIfNull(benefit);
        return benefit.IsValidated && !string.IsNullOrWhiteSpace(benefit.Owner)
            && string.Equals(benefit.ValidatedBy?.Trim(), benefit.Owner.Trim(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Who the benefit still waits for, in words ("Grace Liu to validate", "its owner Grace Liu; validated by a PMO analyst").</summary>
    public static string Awaiting(Benefit benefit)
    {
        ArgumentNullException.ThrowIfNull(benefit);
        if (string.IsNullOrWhiteSpace(benefit.Owner)) return "no owner to validate it";
        return benefit.ValidatedBy is null ? $"awaiting {benefit.Owner}" : $"awaiting its owner {benefit.Owner} (validated by {benefit.ValidatedBy})";
    }
}
