using System.Reflection;

namespace PmoFlow.Hosting.Tests.Architecture;

/// <summary>Holds STYLE.md's dependency direction: each project references only the PmoFlow projects it may.</summary>
public sealed class DependencyDirectionTests
{
    public static TheoryData<string, string[]> Allowed() => new()
    {
        { "PmoFlow.Abstractions", [] },
        { "PmoFlow.Core", ["PmoFlow.Abstractions"] },
        { "PmoFlow.Workflows", ["PmoFlow.Abstractions", "PmoFlow.Core"] },
        { "PmoFlow.Scripting", ["PmoFlow.Abstractions", "PmoFlow.Core"] },
        { "PmoFlow.Plugins", ["PmoFlow.Abstractions"] },
        { "PmoFlow.Hosting", ["PmoFlow.Abstractions", "PmoFlow.Core", "PmoFlow.Workflows", "PmoFlow.Scripting", "PmoFlow.Persistence", "PmoFlow.Plugins"] },
    };

    [Theory]
    [MemberData(nameof(Allowed))]
    public void Project_ReferencesOnlyAllowedPmoFlowAssemblies(string assembly, string[] allowed)
    {
        var references = Assembly.Load(assembly).GetReferencedAssemblies()
            .Select(a => a.Name!)
            .Where(n => n.StartsWith("PmoFlow.", StringComparison.Ordinal))
            .ToArray();
        Assert.All(references, r => Assert.Contains(r, allowed));
    }

    [Fact]
    public void Abstractions_DependsOnTheFrameworkAndDependencyInjectionAbstractionsAlone()
    {
        // IPmoFlowPlugin.ConfigureServices takes an IServiceCollection; every other type is the framework's.
        var references = typeof(PmoFlow.Abstractions.Activities.IActivity).Assembly.GetReferencedAssemblies().Select(a => a.Name!);
        Assert.All(references, r => Assert.True(
            r.StartsWith("System", StringComparison.Ordinal) || r == "netstandard" || r == "Microsoft.Extensions.DependencyInjection.Abstractions",
            $"PmoFlow.Abstractions references {r}"));
    }
}
