namespace PmoFlow.Browser.Tests.Support;

/// <summary>
/// Where the browser tests leave what a person would look at: screenshots and the Studio's recorded API requests.
/// <c>PMOFLOW_ARTIFACTS</c> moves it (CI may collect it); by default it is <c>artifacts/browser</c> in the test's bin folder.
/// </summary>
internal static class Artifacts
{
    public static string Folder { get; } = Create();

    public static string PathOf(string fileName) => System.IO.Path.Combine(Folder, fileName);

    /// <summary>The repository root (the folder holding PmoFlow.sln), for writing recorded fixtures back into the source tree.</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "PmoFlow.sln"))) return dir.FullName;
        return null;
    }

    private static string Create()
    {
        var folder = Environment.GetEnvironmentVariable("PMOFLOW_ARTIFACTS") is { Length: > 0 } configured
            ? configured
            : System.IO.Path.Combine(AppContext.BaseDirectory, "artifacts", "browser");
        Directory.CreateDirectory(folder);
        return folder;
    }
}
