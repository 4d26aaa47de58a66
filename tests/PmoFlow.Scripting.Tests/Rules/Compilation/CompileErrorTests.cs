using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Compilation;

/// <summary>Compile errors are reported when a pack loads, at the rule file's own line and column (the body starts on line 5).</summary>
public sealed class CompileErrorTests
{
    private readonly RulePackCompiler _compiler = new();

    [Fact]
    public void Compile_UnknownName_ReportsFileLineAndColumn()
    {
        var result = _compiler.Compile(Rule.Single("var share = Thresholds.OnboardedShare;\n    Require(\"x\", \"d\", Observd, \"t\", share > 0, \"\");\n"));

        var error = Assert.Single(result.Errors);
        Assert.Equal("probe.csx(6,23): error CS0103: The name 'Observd' does not exist in the current context", error.ToString());
        Assert.Null(result.Image);
    }

    [Fact]
    public void Compile_ErrorsInSeveralFiles_AreAllReported()
    {
        var result = _compiler.Compile(Rule.Pack(
            Rule.File("first", "var x = 1\n"),
            Rule.File("second", "\n\nint y = \"text\";\n")));

        Assert.Contains(result.Errors, e => e.File == "first.csx" && e.Line == 5 && e.Code == "CS1002");
        Assert.Contains(result.Errors, e => e.File == "second.csx" && e.Line == 7 && e.Column == 9 && e.Code == "CS0029");
    }

    [Fact]
    public void Compile_UnbalancedBrace_ReportsAtTheEndOfTheFile()
    {
        var result = _compiler.Compile(Rule.Single("if (Service.TargetUsers > 0)\n{\n    Require(\"x\", \"d\", \"o\", \"t\", true, \"\");\n"));

        Assert.Contains(result.Errors, e => e.File == "probe.csx" && e.Line == 7 && e.Code == "CS1513");
    }

    [Fact]
    public void Compile_BodyClosingTheMethodToDeclareAField_IsRefused()
    {
        var result = _compiler.Compile(Rule.Single("Require(\"x\", \"d\", \"o\", \"t\", true, \"\");\n}\nstatic int count;\nvoid Other() {\n"));

        Assert.Contains(result.Errors, e => e.Code == "PMOR0103" && e.Line == 7);
    }

    [Fact]
    public void Compile_Warnings_DoNotStopThePack()
    {
        var result = _compiler.Compile(Rule.Single("int unused;\nRequire(\"x\", \"d\", \"o\", \"t\", true, \"\");\n"));

        Assert.True(result.Succeeded);
        Assert.NotNull(result.Image);
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("probe.csx", 5, 5, false, "CS0168"), (warning.File, warning.Line, warning.Column, warning.IsError, warning.Code));
    }

    [Fact]
    public void Compile_DefaultPack_HasNoDiagnostics()
    {
        var result = _compiler.Compile(Rule.Default());

        Assert.Empty(result.Diagnostics);
        Assert.Equal(10, result.Rules.Count);
        Assert.NotNull(result.Image);
    }
}
