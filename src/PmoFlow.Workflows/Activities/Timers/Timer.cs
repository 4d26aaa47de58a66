using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Activities.Timers;

/// <summary>Fires after an interval; as a trigger it can start a workflow.</summary>
internal sealed class Timer : IActivity, IValidatingActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Timer", "Scheduling", "Trigger at an interval.",
        [Describe.Input("Interval", "TimeSpan", "The interval (hh:mm:ss).")], kind: ActivityKind.Trigger);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var interval = await context.GetInputAsync<TimeSpan>("Interval").ConfigureAwait(false);
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.CreateBookmark(new BookmarkRequest("Elsa.Timer", ResumeAt: now + interval));
    }

    public IEnumerable<string> Validate(ActivityModel node)
    {
        if (LiteralInput.Read(node, "interval") is { } text && !TimeSpan.TryParse(text, CultureInfo.InvariantCulture, out _))
            yield return $"Interval '{text}' is not a time span (expected hh:mm:ss).";
    }
}
