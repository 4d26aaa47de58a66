namespace PmoFlow.Workflows.Definitions;

/// <summary>How to save a definition.</summary>
public sealed record SaveOptions
{
    /// <summary>Publish the saved version (new instances start on it; running ones keep theirs).</summary>
    public bool Publish { get; init; }

    /// <summary>
    /// Keep the ids and version number the JSON carries (an import of an exported file). Otherwise a save
    /// updates the current draft, or opens a new draft version when the latest one is published.
    /// </summary>
    public bool KeepVersion { get; init; }

    /// <summary>Refuse to store a definition with validation errors (the default). When false it is stored and the errors are reported.</summary>
    public bool FailOnValidationErrors { get; init; } = true;

    /// <summary>An import: keep the file's ids and version, and publish (as Elsa's import does).</summary>
    public static SaveOptions Import { get; } = new() { Publish = true, KeepVersion = true };
}
