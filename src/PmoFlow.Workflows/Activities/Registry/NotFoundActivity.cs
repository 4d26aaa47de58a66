using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Registry;

/// <summary>Stands in for an activity type nobody registered: the node is kept as it is and faults if it runs.</summary>
internal sealed class NotFoundActivity(string typeName) : IActivity
{
    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = typeName,
        Name = typeName,
        Category = "Not found",
        IsBrowsable = false,
    };

    public ValueTask ExecuteAsync(IActivityExecutionContext context) =>
        throw new InvalidOperationException($"Activity type '{typeName}' is not registered: load the plugin or import the workflow that provides it.");
}
