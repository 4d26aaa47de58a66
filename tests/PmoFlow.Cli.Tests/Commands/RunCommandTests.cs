using System.Text.Json.Nodes;
using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Commands;

public sealed class RunCommandTests
{
    private static readonly string Sample = Path.Combine(CliRunner.RepositoryRoot(), "workflows", "samples", "service-intake.json");

    [Fact]
    public async Task Run_Sample_WritesLinesToStdout_AndStatusToStderr()
    {
        var (exit, output, error) = await CliRunner.InvokeAsync("run", Sample, "--input", "ServiceName=Resource management", "--input", "StrategicFit=5", "--input", "Urgency=4");
        Assert.Equal(0, exit);
        Assert.Equal(["Intake review: Resource management (sponsor: unassigned)", "Priority score 14 of 15", "Decision: fast-track to Value Proposition (step 3)"], CliRunner.Lines(output));
        Assert.Equal("status: Finished", error.Trim());
    }

    [Fact]
    public async Task Run_Json_PrintsStatusVariablesAndOutputs()
    {
        var (exit, output, _) = await CliRunner.InvokeAsync("run", Sample, "--json", "--input", "StrategicFit=1", "--input", "Urgency=2");
        Assert.Equal(0, exit);
        var report = JsonNode.Parse(output)!;
        Assert.Equal("Finished", report["status"]!.GetValue<string>());
        Assert.Equal(4, report["variables"]!["PriorityScore"]!.GetValue<int>());
        Assert.Equal("backlog", report["outputs"]!["Decision"]!.GetValue<string>());
        Assert.Equal(3, report["lines"]!.AsArray().Count);
    }

    [Fact]
    public async Task Run_FaultingWorkflow_ExitsOne_WithTheReason()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pmoflow-fault-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, """
        { "definitionId": "fault-demo", "name": "Fault demo", "root": { "id": "f", "type": "Elsa.Flowchart",
          "activities": [ { "id": "boom", "name": "Boom", "type": "Elsa.Fault", "message": { "typeName": "String", "expression": { "type": "Literal", "value": "no sponsor" } } } ],
          "connections": [] } }
        """);
        try
        {
            var (exit, _, error) = await CliRunner.InvokeAsync("run", file);
            Assert.Equal(1, exit);
            Assert.Equal("status: Faulted: Elsa.Fault 'Boom' failed: no sponsor", error.Trim());
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Run_BadInputSyntax_ExitsOne()
    {
        var (exit, _, error) = await CliRunner.InvokeAsync("run", Sample, "--input", "NoEqualsSign");
        Assert.Equal(1, exit);
        Assert.Contains("--input 'NoEqualsSign' is not NAME=VALUE", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingFile_SaysSo()
    {
        var (exit, _, error) = await CliRunner.InvokeAsync("run", "nope.json");
        Assert.Equal(1, exit);
        Assert.Contains("nope.json: $: error: the file does not exist", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_UnknownFlowchartMode_IsRefused()
    {
        var (exit, _, error) = await CliRunner.InvokeAsync("run", Sample, "--flowchart-mode", "sideways");
        Assert.NotEqual(0, exit);
        Assert.Contains("sideways", error, StringComparison.Ordinal);
    }
}
