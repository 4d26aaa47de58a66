using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting;
using PmoFlow.Tests.Conformance;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Tests.Conformance;

/// <summary>Runs one Elsa conformance case the way Elsa's test harness does and lists every unmet expectation.</summary>
internal static class ConformanceRunner
{
    public static async Task<IReadOnlyList<string>> RunAsync(string folder, ConformanceCase @case)
    {
        await using var services = new ServiceCollection().AddLogging().AddPmoFlowRuntime(new ConfigurationBuilder().Build()).BuildServiceProvider();
        var definitions = services.GetRequiredService<IWorkflowDefinitionService>();
        var failures = new List<string>();
        foreach (var import in @case.Imports)
        {
            var imported = definitions.Save(await File.ReadAllTextAsync(Path.Combine(folder, import)), SaveOptions.Import with { FailOnValidationErrors = false }, import);
            if (!imported.Succeeded) failures.Add($"import {import} failed: {string.Join("; ", imported.Validation.Messages)}");
        }

        var json = await File.ReadAllTextAsync(Path.Combine(folder, @case.Workflow));
        var main = definitions.Save(json, SaveOptions.Import with { FailOnValidationErrors = false }, @case.Workflow);
        if (@case.Kind == "publish")
        {
            CheckPublish(@case, main, definitions, failures);
            return failures;
        }
        if (main.Definition is null)
        {
            failures.Add($"import failed: {string.Join("; ", main.Validation.Messages)}");
            return failures;
        }

        var lines = new StringWriter();
        var input = @case.Input?.ToDictionary(p => p.Key, p => (object?)p.Value?.DeepClone());
        var host = services.GetRequiredService<IWorkflowHost>();
        var state = await host.RunToEndAsync(main.Definition, new StartWorkflowOptions
        {
            FlowchartMode = @case.FlowchartMode == "counter" ? FlowchartMode.Counter : FlowchartMode.Token,
            Input = input,
            Output = lines,
        });
        ExpectationChecks.CheckRun(@case, state, main.Definition, SplitLines(lines.ToString()), failures);
        await ExpectationChecks.CheckOtherAsync(@case, host, failures);
        return failures;
    }

    private static void CheckPublish(ConformanceCase @case, SaveResult imported, IWorkflowDefinitionService definitions, List<string> failures)
    {
        var expectImport = @case.Json["expectImport"]?.GetValue<string>();
        if (expectImport == "ok" && !imported.Succeeded) failures.Add($"import: expected ok, got {string.Join("; ", imported.Validation.Messages)}");
        if (imported.Definition is null) return;
        if (@case.Json["expectPublish"] is not JsonObject expect || expect.ContainsKey("first")) return;

        var published = definitions.Publish(imported.Definition.DefinitionId, failOnValidationErrors: false);
        var expectedErrors = expect["validationErrors"]!.AsArray().Select(e => e!.GetValue<string>()).ToArray();
        if (published.Succeeded != expect["succeeded"]!.GetValue<bool>())
            failures.Add($"publish succeeded: expected {expect["succeeded"]}, got {published.Succeeded}");
        if (!published.ValidationErrors.SequenceEqual(expectedErrors))
            failures.Add($"publish validationErrors: expected [{string.Join(" | ", expectedErrors)}], got [{string.Join(" | ", published.ValidationErrors)}]");
    }

    public static List<string> SplitLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
