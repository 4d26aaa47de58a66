using PmoFlow.Scripting.Rules.Sources;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Testing;

public sealed class RuleCheckerTests
{
    [Fact]
    public void CheckFolder_DefaultRules_ListsTheTenRulesAndNoProblems()
    {
        using var engine = new RuleEngine();

        var result = engine.Checker.CheckFolder(RepoPaths.DefaultRules, "default");

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(result.Diagnostics);
        Assert.Equal(["benefit-plan", "improvement", "kpi-trend", "kpis-observed", "needs-heard", "onboarding", "sponsor-and-customers",
            "value-delivery", "value-proposition", "value-recognition"], result.Rules.Select(r => r.Id));
        Assert.Equal(Rule.Default().Hash, result.Hash);
    }

    [Fact]
    public void Check_TheExampleInTheRulesReadme_Compiles()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.DefaultRules, "README.md"));
        var start = readme.IndexOf("```csharp\n", StringComparison.Ordinal) + "```csharp\n".Length;
        var example = readme[start..readme.IndexOf("```", start, StringComparison.Ordinal)];
        using var engine = new RuleEngine();

        var result = engine.Checker.Check(Rule.Pack(new RuleFile("onboarding.csx", example)));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("onboarding", result.Rules.Single().Id);
    }

    [Fact]
    public void Check_BrokenFolder_ReportsEveryProblemWithItsPosition()
    {
        using var folder = new TempFolder();
        folder.Write("io.csx", Rule.Header("io") + "var text = System.IO.File.ReadAllText(\"x\");\n");
        folder.Write("typo.csx", Rule.Header("typo") + "\n\nRequire(\"a\", \"a\", Observed, \"a\", true, \"\");\n");
        folder.Write("warn.csx", Rule.Header("warn") + "int unused;\nRequire(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");
        using var engine = new RuleEngine();

        var result = engine.Checker.CheckFolder(folder.Path);

        Assert.False(result.Succeeded);
        Assert.Equal([
            "io.csx(5,12): error PMOR0200: System.IO.File is not allowed in governance rules",
            "typo.csx(7,19): error CS0103: The name 'Observed' does not exist in the current context",
            "warn.csx(5,5): warning CS0168: The variable 'unused' is declared but never used",
        ], result.Diagnostics.Select(d => d.ToString()));
    }
}
