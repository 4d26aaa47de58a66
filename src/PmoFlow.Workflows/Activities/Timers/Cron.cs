using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Scheduling.Cron;

namespace PmoFlow.Workflows.Activities.Timers;

/// <summary>Fires on a cron schedule (six fields with seconds, as Elsa); as a trigger it can start a workflow.</summary>
internal sealed class Cron : IActivity, IValidatingActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("Elsa.Cron", "Scheduling", "Trigger on a cron schedule.",
        [Describe.Input("CronExpression", description: "second minute hour day-of-month month day-of-week")], kind: ActivityKind.Trigger);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var text = await context.GetInputAsync<string>("CronExpression").ConfigureAwait(false) ?? "";
        if (!CronExpression.TryParse(text, out var expression, out var error))
            throw new InvalidOperationException($"Error when parsing cron expression: {error}");
        var now = context.Services.GetRequiredService<TimeProvider>().GetUtcNow();
        var next = expression!.GetNextOccurrence(now, TimeZoneInfo.Utc)
            ?? throw new InvalidOperationException($"Cron expression '{text}' never fires.");
        context.CreateBookmark(new BookmarkRequest("Elsa.Cron", ResumeAt: next));
    }

    public IEnumerable<string> Validate(ActivityModel node)
    {
        if (LiteralInput.Read(node, "cronExpression") is { } text && !CronExpression.TryParse(text, out _, out var error))
            yield return $"Error when parsing cron expression: {error}";
    }
}
