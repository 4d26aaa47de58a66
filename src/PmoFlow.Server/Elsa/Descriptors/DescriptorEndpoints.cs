using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc;
using PmoFlow.Workflows.Activities.Registry;

namespace PmoFlow.Server.Elsa.Descriptors;

/// <summary>
/// What the designer's palette and property panels are built from. Activities come from PmoFlow's registry, which
/// already holds Elsa's descriptor shape: built-ins, PmoFlow's activities, plugins' activities and workflows usable as
/// activities. The strategy lists are empty because PmoFlow has one fixed behaviour for each; the Studio then shows its
/// defaults.
/// </summary>
internal static class DescriptorEndpoints
{
    private static readonly JsonObject[] StorageDrivers =
    [
        new() { ["typeName"] = "Elsa.Workflows.WorkflowInstanceStorageDriver, Elsa.Workflows.Core", ["displayName"] = "Workflow Instance", ["priority"] = 0, ["deprecated"] = false },
    ];

    public static void MapDescriptorReads(this IEndpointRouteBuilder reads)
    {
        var descriptors = reads.MapGroup("/descriptors");
        descriptors.MapGet("/activities", ([FromServices] IActivityRegistry registry) => ElsaJson.List(registry.ListDescriptors().ToArray()))
            .WithName("ElsaListActivityDescriptors").WithSummary("Every activity type: built-in, PmoFlow, plugins and workflows usable as activities");
        descriptors.MapGet("/expression-descriptors", () => ElsaJson.List(ExpressionDescriptors.All.Select(d => d.DeepClone()).ToArray()))
            .WithName("ElsaListExpressionDescriptors").WithSummary("The expression types inputs can use, with their Monaco languages");
        descriptors.MapGet("/variables", () => ElsaJson.List(VariableTypes.All.Select(d => d.DeepClone()).ToArray()))
            .WithName("ElsaListVariableTypes").WithSummary("The types a workflow variable can have");
        descriptors.MapGet("/storage-drivers", () => ElsaJson.List(StorageDrivers.Select(d => d.DeepClone()).ToArray()))
            .WithName("ElsaListStorageDrivers").WithSummary("Where variables are kept: with the workflow instance");
        foreach (var (path, name) in new[]
        {
            ("/workflow-activation-strategies", "ElsaListActivationStrategies"), ("/log-persistence-strategies", "ElsaListLogPersistenceStrategies"),
            ("/incident-strategies", "ElsaListIncidentStrategies"), ("/commit-strategies/workflows", "ElsaListWorkflowCommitStrategies"),
            ("/commit-strategies/activities", "ElsaListActivityCommitStrategies"), ("/output-converters", "ElsaListOutputConverters"),
        })
        {
            descriptors.MapGet(path, () => ElsaJson.List(Array.Empty<JsonObject>())).WithName(name).WithSummary("Empty: PmoFlow has one fixed behaviour here");
        }
    }
}
