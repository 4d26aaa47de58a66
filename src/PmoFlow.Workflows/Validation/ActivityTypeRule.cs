using PmoFlow.Workflows.Activities;

namespace PmoFlow.Workflows.Validation;

/// <summary>Unknown types are allowed (they must survive a round trip) but flagged; known types check their own inputs.</summary>
internal sealed class ActivityTypeRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var node in context.Nodes)
        {
            var behavior = context.Behavior(node);
            if (behavior is null)
            {
                context.Warning(node.JsonPath, $"Activity type '{node.Type}' is not registered; it is kept as it is and will fault if it runs. Load the plugin or import the workflow that provides it.");
                continue;
            }
            if (behavior is IValidatingActivity validating)
                foreach (var problem in validating.Validate(node))
                    context.Error(node.JsonPath, problem);
        }
    }
}
