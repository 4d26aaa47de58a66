using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Gates;

namespace PmoFlow.Workflows.Activities.Pmo;

/// <summary>
/// Evaluates a named gate from the service's data and records the evaluation. When it passes the flow takes Pass;
/// when it does not the instance suspends and the gate is evaluated again when the service's data changes, on a
/// schedule, or on demand (or, with SuspendWhenBlocked off, the flow takes Blocked).
/// </summary>
internal sealed class GateActivity : IActivity
{
    public const string BookmarkName = "PmoFlow.Gate";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("PmoFlow.Gate", "PMO", "Evaluate a governance gate; continue when it passes, wait (and explain why) when it does not.",
    [
        Describe.Input("Gate", description: "The gate, such as gate-5-6."),
        Describe.Input("SuspendWhenBlocked", "Boolean", "Wait for new data while the gate does not pass (otherwise take Blocked).", "checkbox", true),
        Describe.Input("RecheckEvery", "TimeSpan", "Also re-evaluate on this schedule while waiting.", defaultValue: "1.00:00:00"),
    ], [Describe.Output("Result", "Object", "The passing evaluation: gate, evaluationId, waiverId.")], ports: ["Pass", "Blocked"]);

    public ValueTask ExecuteAsync(IActivityExecutionContext context) => EvaluateAsync(context);

    public ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark) => EvaluateAsync(context);

    private static async ValueTask EvaluateAsync(IActivityExecutionContext context)
    {
        var gate = await context.GetInputAsync<string>("Gate").ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(gate)) throw new InvalidOperationException($"Gate '{context.ActivityName ?? context.ActivityId}' names no gate.");
        var serviceId = PmoActivityContext.ServiceId(context);
        var now = PmoActivityContext.Now(context);
        var evaluator = context.Services.GetServices<IGateEvaluator>().FirstOrDefault(e => e.Handles(gate))
            ?? throw new InvalidOperationException($"No gate rules handle '{gate}'.");

        var snapshot = await PmoActivityContext.Store(context).LoadGateContextAsync(serviceId, gate, now, context.CancellationToken).ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Service '{serviceId}' does not exist.");
        if (PmoActivityContext.Position(context) is { } position)
            snapshot = snapshot with { Service = snapshot.Service with { Step = position.Step, Turn = position.Turn, StepEnteredAt = position.EnteredAt } };

        var evaluation = evaluator.Evaluate(snapshot);
        PmoActivityContext.Record(context, PmoEffects.GateEvaluatedType, new PmoEffects.GateEvaluated(evaluation));

        if (evaluation.Passed)
        {
            context.SetOutput("Result", new Dictionary<string, object?> { ["gate"] = gate, ["evaluationId"] = evaluation.Id, ["waiverId"] = evaluation.WaiverId });
            context.Complete("Pass");
            return;
        }
        if (!await context.GetInputAsync("SuspendWhenBlocked", true).ConfigureAwait(false))
        {
            context.Complete("Blocked");
            return;
        }
        var recheck = await context.GetInputAsync("RecheckEvery", TimeSpan.FromDays(1)).ConfigureAwait(false);
        context.CreateBookmark(new BookmarkRequest(BookmarkName, serviceId, recheck > TimeSpan.Zero ? now + recheck : null));
    }
}
