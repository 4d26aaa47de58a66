namespace PmoFlow.Tests.Conformance;

/// <summary>
/// Finds Elsa's conformance files in place (../shared/elsa-conformance next to the repository). They are
/// Elsa's files and are never copied into the repository; where the folder is absent the tests say so and skip.
/// </summary>
internal static class ConformanceFolder
{
    public const string EnvironmentVariable = "PMOFLOW_CONFORMANCE_DIR";

    public static string? Find()
    {
        var configured = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(configured)) return File.Exists(Path.Combine(configured, "cases.json")) ? configured : null;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (!File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) continue;
            var candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "elsa-conformance"));
            return File.Exists(Path.Combine(candidate, "cases.json")) ? candidate : null;
        }
        return null;
    }

    public static string MissingMessage =>
        $"SKIPPED: Elsa's conformance cases were not found at ../shared/elsa-conformance (or ${EnvironmentVariable}); nothing was checked.";
}
