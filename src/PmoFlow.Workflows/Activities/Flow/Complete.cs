using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime.Execution;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Activities.Flow;

/// <summary>
/// Completes the workflow it belongs to with the given outcomes. Inside a workflow used as an activity it
/// completes only that activity (it must not cascade to the caller).
/// </summary>
internal sealed class Complete : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Complete", "Flow", "Complete the workflow with outcomes.",
        [Describe.Input("Outcomes", "Object", "The outcomes to complete with.", "outcome-picker")], ports: [], isTerminal: true);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var value = await context.GetInputAsync<object>("Outcomes").ConfigureAwait(false);
        var outcomes = value switch
        {
            null => ["Done"],
            string s => s.TrimStart().StartsWith('[') ? ValueConverter.Convert<List<string>>(s)!.ToArray() : [s],
            _ => ValueConverter.Convert<List<string>>(value)!.ToArray(),
        };
        var aec = (ActivityExecutionContext)context;
        await aec.Run.CompleteBoundaryAsync(aec, outcomes).ConfigureAwait(false);
    }
}
