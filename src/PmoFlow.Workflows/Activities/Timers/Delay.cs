using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Timers;

/// <summary>Suspends for a time span; the timer scheduler resumes it when due by the injected clock.</summary>
internal sealed class Delay : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Delay", "Scheduling", "Wait for a period of time.",
        [Describe.Input("TimeSpan", "TimeSpan", "How long to wait (hh:mm:ss).")]);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var span = await context.GetInputAsync<TimeSpan>("TimeSpan").ConfigureAwait(false);
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        context.CreateBookmark(new BookmarkRequest("Elsa.Delay", ResumeAt: now + span));
    }
}
