namespace PmoFlow.Industry.Tests.Support;

/// <summary>The three industry plugins: their ids, and where a build puts them.</summary>
internal static class IndustryPlugins
{
    public const string Pharma = "pharma-life-sciences";
    public const string Construction = "construction-engineering";
    public const string FinancialServices = "financial-services";

    public static readonly string[] All = [Pharma, Construction, FinancialServices];

    /// <summary>The plugins folder a host with default options reads: <c>plugins</c> beside the application.</summary>
    public static string DeployedFolder => Path.Combine(AppContext.BaseDirectory, "plugins");

    /// <summary>The repository root, found from the test's output folder.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "PmoFlow.sln"))) return dir.FullName;
            throw new InvalidOperationException($"PmoFlow.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>
    /// The output folder of another project of the repository built like this one: the same
    /// <c>bin/&lt;configuration&gt;/&lt;framework&gt;</c> under that project's folder.
    /// </summary>
    public static string OutputOf(string projectFolder)
    {
        var root = RepositoryRoot;
        var own = Path.Combine(root, "tests", "PmoFlow.Industry.Tests");
        var relative = Path.GetRelativePath(own, AppContext.BaseDirectory);
        return Path.GetFullPath(Path.Combine(root, projectFolder, relative));
    }
}
