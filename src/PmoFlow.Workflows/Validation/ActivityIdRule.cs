using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>Activity ids must be unique in the whole definition: connections, outputs and instance state refer to them.</summary>
internal sealed class ActivityIdRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        var first = new Dictionary<string, ActivityModel>(StringComparer.Ordinal);
        foreach (var node in context.Nodes)
        {
            if (!first.TryAdd(node.Id, node))
                context.Error(node.JsonPath, $"Activity id '{node.Id}' is already used by the activity at {first[node.Id].JsonPath}; give every activity an id of its own.");
        }
    }
}
