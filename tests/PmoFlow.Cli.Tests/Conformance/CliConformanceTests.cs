using System.Text.Json.Nodes;
using PmoFlow.Cli.Tests.Support;
using PmoFlow.Tests.Conformance;
using Xunit.Abstractions;

namespace PmoFlow.Cli.Tests.Conformance;

/// <summary><c>pmoflow run</c>, as a real child process, reproduces every supported Elsa run case from the command line.</summary>
public sealed class CliConformanceTests(ITestOutputHelper output)
{
    private static readonly string? Folder = ConformanceFolder.Find();

    public static TheoryData<string> RunCaseIds()
    {
        var data = new TheoryData<string>();
        if (Folder is null) data.Add("(conformance folder not found)");
        else foreach (var c in ConformanceCase.Load(Folder).Where(c => c.Kind == "run")) data.Add(c.Id);
        return data;
    }

    [Theory]
    [MemberData(nameof(RunCaseIds))]
    public async Task PmoflowRun_ReproducesTheCase(string id)
    {
        if (Folder is null) { output.WriteLine(ConformanceFolder.MissingMessage); return; }
        if (ConformanceSupport.Unsupported.TryGetValue(id, out var reason)) { output.WriteLine($"{id}: not supported: {reason}"); return; }
        var @case = ConformanceCase.Load(Folder).Single(c => c.Id == id);

        var args = new List<string> { "run", @case.Workflow, "--json" };
        foreach (var import in @case.Imports) args.AddRange(["--import", import]);
        if (@case.FlowchartMode is { } mode) args.AddRange(["--flowchart-mode", mode]);
        foreach (var (name, value) in @case.Input ?? []) args.AddRange(["--input", $"{name}={value!.ToJsonString()}"]);
        output.WriteLine("pmoflow " + string.Join(' ', args));

        var (exit, stdout, stderr) = await CliRunner.RunProcessAsync(Folder, [.. args]);
        output.WriteLine(stderr);
        var report = JsonNode.Parse(stdout)!;
        var lines = report["lines"]!.AsArray().Select(l => l!.GetValue<string>()).ToList();
        var status = report["status"]!.GetValue<string>();

        if (@case.ExpectLines is { } exact) Assert.Equal(exact, lines);
        foreach (var line in @case.ExpectLinesContain ?? []) Assert.Contains(line, lines);
        Assert.Equal(@case.ExpectStatus ?? @case.ExpectSubStatus ?? status, status);
        Assert.NotEqual("Faulted", status);
        Assert.Equal(0, exit);
        Assert.Contains($"status: {status}", stderr, StringComparison.Ordinal);
        foreach (var (name, expected) in @case.Json["expectVariables"] as JsonObject ?? [])
            Assert.Equal(expected!.ToJsonString(), report["variables"]![name]!.ToJsonString());
    }
}
