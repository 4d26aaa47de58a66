using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Execution;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Activities.Composition;

/// <summary>Runs its body once per item, all iterations scheduled at once; completes when every one has.</summary>
internal sealed class ParallelForEach : IActivity, ICompositeActivity
{
    private const string RemainingKey = "remaining";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.ParallelForEach", "Looping", "Run the body for each item, in parallel.",
        [Describe.Input("Items", "Object[]", "The items to iterate.")], [Describe.Output("CurrentValue")], isContainer: true);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var aec = (ActivityExecutionContext)context;
        var items = await context.GetInputAsync<List<object?>>("Items").ConfigureAwait(false) ?? [];
        var body = aec.Node.Children.FirstOrDefault(c => c.Model.JsonPath.EndsWith(".body", StringComparison.Ordinal));
        if (body is null || items.Count == 0)
        {
            context.Complete();
            return;
        }
        aec.Properties[RemainingKey] = items.Count;
        for (var i = 0; i < items.Count; i++)
        {
            var iteration = new JsonObject { ["currentValue"] = JsonSerializer.SerializeToNode(items[i]), ["currentIndex"] = i };
            aec.Run.Enqueue(new WorkItem(body.Path, aec.Id) { Properties = iteration });
        }
    }

    public ValueTask OnChildCompletedAsync(ActivityExecutionContext context, ActivityExecutionContext child)
    {
        var remaining = (context.Properties.GetInt(RemainingKey) ?? 1) - 1;
        context.Properties[RemainingKey] = remaining;
        if (remaining <= 0) context.Complete();
        return ValueTask.CompletedTask;
    }
}
