using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Cli.Commands;

/// <summary>The <c>--json</c> report: status, fault, variables by name, outputs, and the lines written.</summary>
internal static class RunReport
{
    public static string ToJson(WorkflowInstanceState state, WorkflowDefinition definition, string lines)
    {
        var variables = new JsonObject();
        foreach (var variable in definition.Variables)
            if (state.Root.Variables.TryGetValue(variable.Id, out var value)) variables[variable.Name] = ToNode(value);

        var report = new JsonObject
        {
            ["instanceId"] = state.InstanceId,
            ["definitionId"] = state.DefinitionId,
            ["version"] = state.DefinitionVersion,
            ["status"] = state.Status.ToString(),
            ["fault"] = state.Fault is null ? null : JsonSerializer.SerializeToNode(state.Fault, InstanceStateSerializer.Options),
            ["correlationId"] = state.CorrelationId,
            ["variables"] = variables,
            ["outputs"] = ToNode(state.Root.Output),
            ["bookmarks"] = new JsonArray(state.Bookmarks.Select(b => (JsonNode)new JsonObject { ["id"] = b.Id, ["name"] = b.Name, ["key"] = b.Key }).ToArray()),
            ["lines"] = new JsonArray(SplitLines(lines).Select(l => (JsonNode)l).ToArray()),
        };
        return report.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    private static JsonNode? ToNode(object? value) => JsonSerializer.SerializeToNode(value, InstanceStateSerializer.Options);

    /// <summary>Splits on '\n' and drops a trailing '\r', as Elsa's test harness reads captured output.</summary>
    public static IEnumerable<string> SplitLines(string text)
    {
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (lines.Count > 0 && lines[^1].Length == 0) lines.RemoveAt(lines.Count - 1);
        return lines;
    }
}
