namespace PmoFlow.Industry.Pharma.Activities.ValidationEvidence;

/// <summary>
/// Which qualification evidence a computerised system needs, by its GAMP 5 software category, following the
/// guide's typical life-cycle deliverables: infrastructure software is verified as installed; non-configured
/// products are installed and tested against the user's requirements; configured and custom applications also
/// have their configuration or design verified (OQ).
/// </summary>
internal static class ValidationDeliverables
{
    public static IReadOnlyList<(string Value, string Text)> Categories { get; } =
    [
        ("1", "Category 1: infrastructure software"),
        ("3", "Category 3: non-configured product"),
        ("4", "Category 4: configured product"),
        ("5", "Category 5: custom application"),
    ];

    public static bool IsCategory(int category) => category is 1 or 3 or 4 or 5;

    public static bool NeedsTraceability(int category) => category >= 3;

    public static bool NeedsOq(int category) => category >= 4;

    public static bool NeedsPq(int category) => category >= 3;
}
