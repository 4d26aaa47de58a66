using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Flywheel;

namespace PmoFlow.Workflows.Activities.Pmo;

/// <summary>Records that the service entered a flywheel step, and when; leaving Value Recognition for Awareness Building starts the next turn.</summary>
internal sealed class FlywheelStepActivity : IActivity
{
    public ActivityDescriptor Descriptor { get; } = Describe.Activity("PmoFlow.FlywheelStep", "PMO", "Record that the service entered a step of the Value-Generating PMO Flywheel.",
        [Describe.Input("Step", "String", "The flywheel step.", "dropdown", uiSpecifications: Describe.Dropdown([.. Flywheel.Steps.Select(s => s.ToString())]))],
        displayName: "Flywheel Step");

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var step = PmoActivityContext.ParseStep(await context.GetInputAsync<string>("Step").ConfigureAwait(false), $"FlywheelStep '{context.ActivityName ?? context.ActivityId}'");
        var serviceId = PmoActivityContext.ServiceId(context);
        var now = PmoActivityContext.Now(context);

        var position = PmoActivityContext.Position(context);
        FlywheelStep? from = position?.Step;
        var turn = position?.Turn ?? (await PmoActivityContext.Store(context).FindServiceAsync(serviceId, context.CancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Service '{serviceId}' does not exist.")).Turn;
        if (from == FlywheelStep.ValueRecognition && step == FlywheelStep.AwarenessBuilding) turn++;

        var passed = context.ExpressionContext.LastResult as IDictionary<string, object?>;
        var gateEvaluationId = from is { } f && passed?.TryGetValue("gate", out var gate) == true && Equals(gate, f.GateFrom()) ? passed["evaluationId"] as string : null;
        var waiverId = gateEvaluationId is null ? null : passed!["waiverId"] as string;

        PmoActivityContext.Record(context, PmoEffects.StepEnteredType, new PmoEffects.StepEntered(serviceId, turn, from, step, now, gateEvaluationId, waiverId));
        PmoActivityContext.SetPosition(context, step, turn, now);
        context.Complete();
    }
}
