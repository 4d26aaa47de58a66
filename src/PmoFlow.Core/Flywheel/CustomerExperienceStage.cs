namespace PmoFlow.Core.Flywheel;

/// <summary>The PMO customer experience cycle; each stage spans two flywheel steps (PmoFlow's mapping).</summary>
public enum CustomerExperienceStage
{
    /// <summary>Steps 1–2.</summary>
    Exploration = 1,

    /// <summary>Steps 3–4.</summary>
    Design = 2,

    /// <summary>Steps 5–6.</summary>
    Deployment = 3,

    /// <summary>Steps 7–8.</summary>
    Enhancement = 4,

    /// <summary>Steps 9–10.</summary>
    Realization = 5,
}
