using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Workflows.Runtime.Execution;

namespace PmoFlow.Workflows.Activities.Pmo;

/// <summary>
/// What the flywheel activities share: the service the instance runs for, the PMO store, the clock, and where the
/// service stands within the current run. The store's copy of the step lags behind while one run moves a service
/// through several steps (effects commit when the run ends), so the instance keeps its own in its outputs.
/// </summary>
internal static class PmoActivityContext
{
    public const string StepOutput = "Step";
    public const string TurnOutput = "Turn";
    public const string StepEnteredAtOutput = "StepEnteredAt";

    public static string ServiceId(IActivityExecutionContext context) =>
        context.ExpressionContext.GetInput("ServiceId") as string ?? context.Workflow.CorrelationId
        ?? throw new InvalidOperationException($"{context.ActivityType} '{context.ActivityName ?? context.ActivityId}' needs the service: start the flywheel with input ServiceId (or correlation id).");

    public static IPmoStore Store(IActivityExecutionContext context) =>
        context.Services.GetService<IPmoStore>()
        ?? throw new InvalidOperationException("PMO activities need the PMO store: register it with UseSqlite().");

    public static DateTimeOffset Now(IActivityExecutionContext context) => context.Services.GetRequiredService<TimeProvider>().GetUtcNow();

    /// <summary>The step, turn and entry time this instance last recorded, if it recorded any yet.</summary>
    public static (FlywheelStep Step, int Turn, DateTimeOffset EnteredAt)? Position(IActivityExecutionContext context)
    {
        var outputs = ((ActivityExecutionContext)context).Run.RootScope.State.Output;
        if (!outputs.TryGetValue(StepOutput, out var step) || step is null) return null;
        return (Enum.Parse<FlywheelStep>(step.ToString()!), Convert.ToInt32(outputs[TurnOutput], System.Globalization.CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(outputs[StepEnteredAtOutput]!.ToString()!, System.Globalization.CultureInfo.InvariantCulture));
    }

    public static void SetPosition(IActivityExecutionContext context, FlywheelStep step, int turn, DateTimeOffset enteredAt)
    {
        var outputs = ((ActivityExecutionContext)context).Run.RootScope.State.Output;
        outputs[StepOutput] = step.ToString();
        outputs[TurnOutput] = turn;
        outputs[StepEnteredAtOutput] = enteredAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Record<T>(IActivityExecutionContext context, string type, T data) where T : notnull =>
        context.Workflow.Record(new WorkflowEffect(type, PmoEffectData.From(data)));

    public static FlywheelStep ParseStep(string? text, string activity) =>
        int.TryParse(text, System.Globalization.NumberStyles.Integer, System.Globalization.CultureInfo.InvariantCulture, out var n) && Enum.IsDefined((FlywheelStep)n) ? (FlywheelStep)n
        : Enum.TryParse<FlywheelStep>(text?.Replace(" ", "", StringComparison.Ordinal), ignoreCase: true, out var step) ? step
        : throw new InvalidOperationException($"{activity}: '{text}' is not a flywheel step (1-10 or a name such as ServiceOnboarding).");
}
