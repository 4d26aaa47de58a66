namespace PmoFlow.Scripting.Tests.Rules.Support;

/// <summary>Folders of the repository the tests read: the default rules live in workflows/rules.</summary>
internal static class RepoPaths
{
    public static string Root
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) return dir.FullName;
            throw new InvalidOperationException("PmoFlow.sln not found above the test assembly.");
        }
    }

    public static string DefaultRules => Path.Combine(Root, "workflows", "rules");
}
