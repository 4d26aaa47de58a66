namespace PmoFlow.Industry.Construction.Activities.IncidentRates;

/// <summary>An incident frequency rate: incidents per a basis of hours worked (200,000 for TRIR, 1,000,000 for LTIFR).</summary>
internal static class IncidentRate
{
    /// <summary>OSHA's basis: 100 full-time workers for a year (40 hours × 50 weeks).</summary>
    public const decimal TrirBasis = 200_000m;

    /// <summary>The basis of lost-time injury frequency rates.</summary>
    public const decimal LtifrBasis = 1_000_000m;

    public static decimal Of(decimal incidents, decimal hoursWorked, decimal basis) => incidents * basis / hoursWorked;

    /// <summary>
    /// How many more hours must be worked without an incident for the rate to fall to <paramref name="maximum"/>: the
    /// exposure the incidents so far need (0 when the rate is already there).
    /// </summary>
    public static decimal HoursToReach(decimal incidents, decimal hoursWorked, decimal basis, decimal maximum) =>
        Math.Max(0m, Math.Ceiling(incidents * basis / maximum - hoursWorked));
}
