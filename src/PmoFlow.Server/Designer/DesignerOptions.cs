namespace PmoFlow.Server.Designer;

/// <summary>How the designer pages serve Elsa Studio.</summary>
public sealed class DesignerOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Designer";

    /// <summary>
    /// The folder holding the Studio's <c>_framework</c> and <c>_content</c>. Unset: <c>studio</c> next to the app (a
    /// published server), else the folder the build installed with npm.
    /// </summary>
    public string? StudioPath { get; set; }
}
