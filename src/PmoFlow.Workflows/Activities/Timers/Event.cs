using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Timers;

/// <summary>Waits until an event with the given name is published to the instance.</summary>
internal sealed class Event : IActivity
{
    public const string BookmarkName = "Elsa.Event";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Event", "Primitives", "Wait for a named event.",
        [Describe.Input("EventName", description: "The event to wait for.")], [Describe.Output("Result")], kind: ActivityKind.Trigger);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var name = await context.GetInputAsync<string>("EventName").ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(name))
            throw new InvalidOperationException($"Event '{context.ActivityName ?? context.ActivityId}' has no event name.");
        context.CreateBookmark(new BookmarkRequest(BookmarkName, name));
    }

    public ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        context.SetOutput("Result", bookmark.Input);
        context.Complete();
        return ValueTask.CompletedTask;
    }
}
