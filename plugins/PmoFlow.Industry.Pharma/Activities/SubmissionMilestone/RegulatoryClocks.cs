namespace PmoFlow.Industry.Pharma.Activities.SubmissionMilestone;

/// <summary>
/// Submission milestones whose due date follows from a statutory or performance-goal clock, counted from the day
/// the clock starts (the authority's receipt of the submission, or the CHMP opinion for an EU decision).
/// </summary>
internal static class RegulatoryClocks
{
    public const string Custom = "custom";

    /// <summary>The milestones the designer offers, by key, with how the palette names them.</summary>
    public static IReadOnlyList<(string Key, string Text)> Milestones { get; } =
    [
        ("fda-ind-30-day", "FDA: IND in effect (30 days after receipt, 21 CFR 312.40)"),
        ("fda-filing-60-day", "FDA: filing decision (60 days after receipt, 21 CFR 314.101)"),
        ("fda-pdufa-standard", "FDA: PDUFA goal date, standard review (12 months after receipt: 10 after the 60-day filing date)"),
        ("fda-pdufa-priority", "FDA: PDUFA goal date, priority review (8 months after receipt: 6 after the 60-day filing date)"),
        ("ec-decision-67-day", "EU: Commission decision (67 days after the CHMP opinion)"),
        (Custom, "Other milestone (give its due date)"),
    ];

    /// <summary>
    /// The due date of <paramref name="milestone"/> for a clock started at <paramref name="clockStart"/>, or null for a
    /// milestone without a clock. The PDUFA goals are those for new molecular entities and original BLAs.
    /// </summary>
    public static DateTimeOffset? DueFrom(string milestone, DateTimeOffset clockStart) => milestone switch
    {
        "fda-ind-30-day" => clockStart.AddDays(30),
        "fda-filing-60-day" => clockStart.AddDays(60),
        "fda-pdufa-standard" => clockStart.AddMonths(12),
        "fda-pdufa-priority" => clockStart.AddMonths(8),
        "ec-decision-67-day" => clockStart.AddDays(67),
        _ => null,
    };

    public static bool IsKnown(string milestone) => Milestones.Any(m => m.Key == milestone);
}
