using System.Text.Json.Nodes;
using PmoFlow.Tests.Conformance;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Tests.Conformance;

/// <summary>Compares a finished run with what Elsa's test asserts for the case.</summary>
internal static class ExpectationChecks
{
    public static void CheckRun(ConformanceCase @case, WorkflowInstanceState state, WorkflowDefinition definition, List<string> lines, List<string> failures)
    {
        if (@case.ExpectLines is { } exact && !exact.SequenceEqual(lines))
            failures.Add($"lines: expected [{string.Join(", ", exact)}], got [{string.Join(", ", lines)}]");
        foreach (var line in @case.ExpectLinesContain ?? [])
            if (!lines.Contains(line)) failures.Add($"lines: expected to contain '{line}', got [{string.Join(", ", lines)}]");
        if (@case.ExpectStatus is { } status && status != state.Status.ToString())
            failures.Add($"status: expected {status}, got {state.Status} {state.Fault}");
        if (@case.ExpectSubStatus is { } subStatus && subStatus != state.Status.ToString())
            failures.Add($"sub-status: expected {subStatus}, got {state.Status} {state.Fault}");
        if (@case.ExpectStatus is null && @case.ExpectSubStatus is null && state.Status == WorkflowStatus.Faulted)
            failures.Add($"the run must not fault, but: {state.Fault}");

        if (@case.Json["expectVariables"] is JsonObject variables)
        {
            foreach (var (name, expected) in variables)
            {
                var variable = definition.Variables.FirstOrDefault(v => v.Name == name);
                var actual = variable is not null && state.Root.Variables.TryGetValue(variable.Id, out var v) ? v : null;
                if (actual?.ToString() != expected?.ToString()) failures.Add($"variable {name}: expected {expected}, got {actual ?? "null"}");
            }
        }

        if (@case.Json["expectActivityCompletedCount"] is JsonObject counts)
        {
            foreach (var (activityId, expected) in counts)
            {
                var actual = state.Log.Count(e => e.ActivityId == activityId && e.EventName == "Completed");
                if (actual != expected!.GetValue<int>()) failures.Add($"activity {activityId} completed {actual} times, expected {expected}");
            }
        }
    }

    /// <summary>The <c>expectOther</c> assertions that concern a run's observable result.</summary>
    public static async Task CheckOtherAsync(ConformanceCase @case, IWorkflowHost host, List<string> failures)
    {
        if (@case.Id == "IT-ExecuteWorkflow-parent-with-correlation")
        {
            var instances = await host.ListAsync();
            var child = instances.FirstOrDefault(i => i.DefinitionId == "child-workflow");
            if (child?.CorrelationId != "test-correlation-123")
                failures.Add($"child instance of 'child-workflow' should have CorrelationId 'test-correlation-123', got '{child?.CorrelationId ?? "(no child instance)"}'");
        }
    }
}
