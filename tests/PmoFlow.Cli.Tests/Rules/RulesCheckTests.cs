using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Rules;

/// <summary><c>pmoflow rules check DIR</c>: compile and allow-list, nothing runs, no database; one line per problem at file, line and column.</summary>
public sealed class RulesCheckTests
{
    [Fact]
    public async Task Check_DefaultPack_ListsItsRulesAndNoProblems()
    {
        var (exit, output, error) = await CliRunner.InvokeAsync("rules", "check", RuleFolder.DefaultRules);

        Assert.True(exit == 0, error);
        var lines = CliRunner.Lines(output);
        Assert.Equal("RULE                   GATES      VERSION  FILE", lines[0]);
        Assert.Contains("onboarding             gate-5-6   1        onboarding.csx", lines);
        Assert.Equal(12, lines.Count);
        Assert.Matches($"^{System.Text.RegularExpressions.Regex.Escape(RuleFolder.DefaultRules)}: 10 rules, no problems; content hash sha256:[0-9a-f]{{64}}$", lines[^1]);
    }

    [Fact]
    public async Task Check_BrokenRules_PrintsEachProblemAtItsFileLineAndColumn_AndExitsOne()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("io", "var text = System.IO.File.ReadAllText(\"x\");\n");
        folder.WriteRule("typo", "\n\nRequire(\"a\", \"a\", Observed, \"a\", true, \"\");\n");
        folder.WriteRule("spin", "while (true) { }\nRequire(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");
        folder.WriteRule("warn", "int unused;\nRequire(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");

        var (exit, output, error) = await CliRunner.InvokeAsync("rules", "check", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal("", error);
        var lines = CliRunner.Lines(output);
        Assert.Equal(
        [
            $"{Path.Join(folder.Path, "io.csx")}(5,12): error PMOR0200: System.IO.File is not allowed in governance rules",
            $"{Path.Join(folder.Path, "spin.csx")}(6,1): warning CS0162: Unreachable code detected",
            $"{Path.Join(folder.Path, "typo.csx")}(7,19): error CS0103: The name 'Observed' does not exist in the current context",
            $"{Path.Join(folder.Path, "warn.csx")}(5,5): warning CS0168: The variable 'unused' is declared but never used",
        ], lines.Take(4));
        Assert.StartsWith($"{folder.Path}: 4 rules, 2 errors, 2 warnings; content hash sha256:", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_HeaderMistake_IsReportedAtItsLine()
    {
        using var folder = new RuleFolder();
        folder.Write("late.csx", "// rule: late\n// gates: gate 5 6\n// version: 1\n// description: x\nRequire(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");

        var (exit, output, _) = await CliRunner.InvokeAsync("rules", "check", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal($"{Path.Join(folder.Path, "late.csx")}(2,11): error PMOR0100: 'gate 5 6' is not a valid gate name (such as gate-5-6)", CliRunner.Lines(output)[0]);
    }

    [Fact]
    public async Task Check_OnlyWarnings_ExitsZero()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("warn", "int unused;\nRequire(\"a\", \"a\", \"a\", \"a\", true, \"\");\n");

        var (exit, output, _) = await CliRunner.InvokeAsync("rules", "check", folder.Path);

        Assert.Equal(0, exit);
        Assert.StartsWith($"{folder.Path}: 1 rule, 0 errors, 1 warning;", CliRunner.Lines(output)[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_FileNameWithSpaces_IsReportedUnderItsName()
    {
        using var folder = new RuleFolder();
        folder.Write("sponsor rule.csx", "// rule: sponsor\n// gates: gate-1-2\n// version: 1\n// description: x\nRequire(\"a\", \"a\", Missng, \"a\", true, \"\");\n");

        var (exit, output, _) = await CliRunner.InvokeAsync("rules", "check", folder.Path);

        Assert.Equal(1, exit);
        Assert.Equal($"{Path.Join(folder.Path, "sponsor rule.csx")}(5,19): error CS0103: The name 'Missng' does not exist in the current context", CliRunner.Lines(output)[0]);
    }

    [Fact]
    public async Task Check_BadFolder_SaysWhatIsWrongAndExitsOne()
    {
        using var folder = new RuleFolder();
        folder.Write("notes.txt", "not a rule");
        var missing = Path.Combine(folder.Path, "nope");
        var file = Path.Combine(folder.Path, "notes.txt");

        foreach (var (dir, message) in new[]
        {
            (missing, $"error: {missing}: no such folder"),
            (file, $"error: {file}: is a file; give the folder that holds the .csx rules"),
            (folder.Path, $"error: {folder.Path}: no .csx rule files in the folder"),
        })
        {
            var (exit, output, error) = await CliRunner.InvokeAsync("rules", "check", dir);
            Assert.Equal((1, "", message), (exit, output, error.Trim()));
        }
    }

    [Fact]
    public async Task Check_AsARealProcess_ExitsOneOnAnErrorAndWritesNothing()
    {
        using var folder = new RuleFolder();
        folder.WriteRule("env", "var home = Environment.GetEnvironmentVariable(\"HOME\");\n");
        var before = Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories);

        var (exit, output, _) = await CliRunner.RunProcessAsync(folder.Path, "rules", "check", ".");

        Assert.Equal(1, exit);
        Assert.Equal($"{Path.Join(".", "env.csx")}(5,12): error PMOR0200: System.Environment is not allowed in governance rules", CliRunner.Lines(output)[0]);
        Assert.Equal(before, Directory.GetFileSystemEntries(folder.Path, "*", SearchOption.AllDirectories));
    }
}
