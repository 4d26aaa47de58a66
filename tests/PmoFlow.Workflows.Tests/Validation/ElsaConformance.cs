namespace PmoFlow.Workflows.Tests.Validation;

/// <summary>
/// Finds Elsa's sample workflows, read in place (they are never copied into the repository): the
/// <c>workflows</c> folder of PMOFLOW_CONFORMANCE_DIR, else of <c>../shared/elsa-conformance</c> beside the
/// repository (the same rule as tests/Shared/Conformance/ConformanceFolder, kept here so these tests stand alone).
/// </summary>
internal static class ElsaConformance
{
    private const string EnvironmentVariable = "PMOFLOW_CONFORMANCE_DIR";

    public static string? WorkflowsFolder { get; } = Find();

    public static string MissingReason =>
        $"Elsa's sample workflows were not found at ../shared/elsa-conformance/workflows (or ${EnvironmentVariable}/workflows); nothing was checked.";

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } configured)
            return Existing(Path.Combine(configured, "workflows"));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln")))
                return Existing(Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "elsa-conformance", "workflows")));
        }
        return null;
    }

    private static string? Existing(string folder) => Directory.Exists(folder) ? folder : null;
}
