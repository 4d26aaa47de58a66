using PmoFlow.Scripting.Rules.Compilation;
using PmoFlow.Scripting.Rules.Sources;
using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Compilation;

/// <summary>The hostile set, refused when the pack loads, each at its line and column (bodies start on line 5).</summary>
public sealed class AllowListTests
{
    private readonly RulePackCompiler _compiler = new();

    public static TheoryData<string, string> Refused() => new()
    {
        // File and network I/O
        { "var text = System.IO.File.ReadAllText(\"/etc/passwd\");", "probe.csx(5,12): error PMOR0200: System.IO.File is not allowed in governance rules" },
        { "var info = new System.IO.FileInfo(\"x\");", "probe.csx(5,5): error PMOR0200: System.IO.FileInfo is not allowed in governance rules" },
        { "System.IO.Directory.Delete(\"/tmp\", true);", "probe.csx(5,1): error PMOR0200: System.IO.Directory is not allowed in governance rules" },
        { "var socket = System.Net.WebUtility.UrlEncode(\"x\");", "probe.csx(5,14): error PMOR0200: System.Net.WebUtility is not allowed in governance rules" },
        // Processes and diagnostics
        { "System.Diagnostics.Debugger.Launch();", "probe.csx(5,1): error PMOR0200: System.Diagnostics.Debugger is not allowed in governance rules" },
        { "var watch = System.Diagnostics.Stopwatch.StartNew();", "probe.csx(5,5): error PMOR0200: System.Diagnostics.Stopwatch is not allowed in governance rules" },
        // Reflection
        { "var methods = Service.GetType();", "probe.csx(5,15): error PMOR0200: System.Object.GetType is not allowed in governance rules: reflection is not allowed" },
        { "var t = typeof(string);", "probe.csx(5,9): error PMOR0200: typeof is not allowed in governance rules (reflection)" },
        { "var a = System.Reflection.Assembly.Load(\"x\");", "probe.csx(5,5): error PMOR0200: System.Reflection.Assembly is not allowed in governance rules" },
        { "var o = Activator.CreateInstance<List<int>>();", "probe.csx(5,9): error PMOR0200: System.Activator is not allowed in governance rules" },
        { "var d = AppDomain.CurrentDomain;", "probe.csx(5,5): error PMOR0200: System.AppDomain is not allowed in governance rules" },
        { "var ctx = System.Runtime.Loader.AssemblyLoadContext.Default;", "probe.csx(5,5): error PMOR0200: System.Runtime.Loader.AssemblyLoadContext is not allowed in governance rules" },
        { "var size = System.Runtime.InteropServices.Marshal.SizeOf<int>();", "probe.csx(5,12): error PMOR0200: System.Runtime.InteropServices.Marshal is not allowed in governance rules" },
        // The environment, the machine's clock, threads, the GC
        { "var home = Environment.GetEnvironmentVariable(\"HOME\");", "probe.csx(5,12): error PMOR0200: System.Environment is not allowed in governance rules" },
        { "var now = DateTimeOffset.UtcNow;", "probe.csx(5,11): error PMOR0200: System.DateTimeOffset.UtcNow is not allowed in governance rules: read the engine's clock, Now, so that a replay decides as the original did" },
        { "System.Threading.Thread.Sleep(1000);", "probe.csx(5,1): error PMOR0200: System.Threading.Thread is not allowed in governance rules" },
        { "System.Threading.Tasks.Task.Run(() => { });", "probe.csx(5,1): error PMOR0200: System.Threading.Tasks.Task is not allowed in governance rules" },
        { "GC.Collect();", "probe.csx(5,1): error PMOR0200: System.GC is not allowed in governance rules" },
        { "lock (Service) { }", "probe.csx(5,1): error PMOR0200: lock is not allowed in governance rules (System.Threading)" },
        // Language escapes
        { "dynamic d = Service;", "probe.csx(5,9): error PMOR0200: dynamic is not allowed in governance rules" },
        { "unsafe { int x = 1; int* p = &x; }", "probe.csx(5,1): error PMOR0200: unsafe code is not allowed in governance rules" },
        { "[System.Obsolete] void F() { }", "probe.csx(5,1): error PMOR0200: attributes are not allowed in governance rules" },
        { "again: goto again;", "probe.csx(5,1): error PMOR0200: labels are not allowed in governance rules" },
        { "try { } catch { }", "probe.csx(5,9): error PMOR0200: catch is not allowed in governance rules: a rule that fails ends its evaluation with the error, and limits must stay uncatchable" },
        { "RuleRuntime.Tick();", "probe.csx(5,1): error PMOR0200: PmoFlow.Abstractions.Rules.RuleRuntime is not allowed in governance rules" },
        { "Run(null!);", "probe.csx(5,1): error PMOR0200: PmoFlow.Abstractions.Rules.RuleGlobals.Run is not allowed in governance rules: the host runs rules" },
        { "var q = from k in Kpis select k.Name;", "probe.csx(5,9): error PMOR0200: query syntax is not allowed in governance rules: use method syntax (Where, Select)" },
        // Static state that would leak from one evaluation to the next
        { "System.Globalization.CultureInfo.DefaultThreadCurrentCulture = null;", "probe.csx(5,1): error PMOR0201: writing System.Globalization.CultureInfo.DefaultThreadCurrentCulture changes static state shared by every evaluation and is not allowed in governance rules" },
        { "var interned = string.Intern(\"x\");", "probe.csx(5,16): error PMOR0200: System.String.Intern is not allowed in governance rules: the intern pool is state shared by every evaluation" },
        // Allocations sized by one argument
        { "var bytes = new byte[int.MaxValue];", "probe.csx(5,13): error PMOR0202: arrays with a size are not allowed in governance rules: use a collection expression ([a, b]) or a List<T>" },
        { "Span<byte> b = stackalloc byte[1000];", "probe.csx(5,16): error PMOR0202: stackalloc is not allowed in governance rules" },
        { "var s = new string('x', int.MaxValue);", "probe.csx(5,9): error PMOR0200: new System.String is not allowed in governance rules: it allocates as much as its argument asks in one call; use string.Concat or string.Join" },
        { "var s = \"x\".PadLeft(int.MaxValue);", "probe.csx(5,9): error PMOR0200: System.String.PadLeft is not allowed in governance rules: it allocates as much as its argument asks in one call" },
        { "var all = Enumerable.Range(0, int.MaxValue).ToList();", "probe.csx(5,11): error PMOR0200: System.Linq.Enumerable.Range is not allowed in governance rules: it yields as many items as its argument asks without running rule code the budget counts; loop instead" },
        { "var list = new List<int>(int.MaxValue);", "probe.csx(5,12): error PMOR0202: new System.Collections.Generic.List<T> with a capacity is not allowed in governance rules: it allocates as much as its argument asks in one call" },
        { "var sb = new System.Text.StringBuilder().Append('x', int.MaxValue);", "probe.csx(5,10): error PMOR0202: System.Text.StringBuilder.Append with a repeatCount is not allowed in governance rules: it allocates as much as its argument asks in one call" },
        { "var wide = $\"{1,100000000}\";", "probe.csx(5,16): error PMOR0202: an alignment wider than 1000 is not allowed in governance rules" },
        { "var digits = 1.ToString(\"D999999999\");", "probe.csx(5,14): error PMOR0202: a format precision above 1000 is not allowed in governance rules" },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Compile_HostileBody_IsRefusedAtItsPosition(string body, string expected)
    {
        var result = _compiler.Compile(Rule.Single(body + "\n"));

        Assert.False(result.Succeeded);
        Assert.Null(result.Image);
        var errors = result.Errors.Select(e => e.ToString()).ToList();
        Assert.True(errors.Contains(expected), "Expected: " + expected + "\nFound:\n" + string.Join("\n", errors));
    }

    [Theory]
    [InlineData("var client = new System.Net.Http.HttpClient();")]
    [InlineData("System.Diagnostics.Process.Start(\"sh\");")]
    [InlineData("static int counter = 0;")]
    public void Compile_WhatTheReferencesDoNotReach_IsRefusedByTheCompiler(string body)
    {
        // Neither System.Net.Http nor System.Diagnostics.Process is referenced, and C# has no static locals.
        var result = _compiler.Compile(Rule.Single(body + "\n"));

        Assert.False(result.Succeeded);
        Assert.All(result.Errors, e => Assert.Equal(("probe.csx", 5), (e.File, e.Line)));
    }

    [Fact]
    public void Compile_ClassMembersSmuggledPastTheBody_AreRefused()
    {
        var result = _compiler.Compile(Rule.Single("}\nstatic int _calls;\nprotected override void Evaluate2() { _calls++;\n"));

        Assert.Contains(result.Errors, e => e.Code == RuleCodes.NotStatements && e.Line == 6);
    }

    [Fact]
    public void Compile_CodeSmuggledIntoAClassOfItsOwn_IsRefused()
    {
        // The smuggled method would be the rule's own code, which the allow-list lets the body call; it must never compile.
        var result = _compiler.Compile(Rule.Single("""
            Evil.Evaluate();
            }
            }
            public static class Evil { public static void Evaluate() { System.IO.File.Delete("/tmp/nothing"); } }
            public class Decoy { void Evaluate() {
            """));

        Assert.False(result.Succeeded);
        Assert.Contains(result.Errors, e => e.Code == RuleCodes.NotStatements && e.Line == 8);
        Assert.Null(result.Image);
    }

    [Fact]
    public void Compile_AllowedLanguage_Compiles()
    {
        var result = _compiler.Compile(Rule.Single("""
            var names = Kpis.Where(k => k.HasTarget).OrderBy(k => k.Label).Select(k => k.Label).ToList();
            var byGroup = Surveys.GroupBy(s => s.CustomerGroup, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.Count());
            var sb = new System.Text.StringBuilder();
            foreach (var name in names) sb.Append(name).Append(';');
            (int Count, string Text) pair = (names.Count, sb.ToString());
            int Fib(int n) => n < 2 ? n : Fib(n - 1) + Fib(n - 2);
            var span = Now - Service.StepEnteredAt;
            var rate = Surveys.ResponseRate(Customers.Count) ?? 0m;
            var trir = Thresholds.Get("hse.trir.max", 1.5m);
            decimal[] weights = [1m, 2m];
            var culture = System.Globalization.CultureInfo.InvariantCulture;
            Read("probe", new { pair.Count, Fib = Fib(10), span.TotalDays, rate, trir, weights, byGroup });
            Require("probe", "compiles", $"{Math.Round(rate, 2).ToString("0.##", culture)}", "-", names.Count >= 0, "");
            """));

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
    }
}
