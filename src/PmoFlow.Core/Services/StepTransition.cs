using PmoFlow.Core.Flywheel;

namespace PmoFlow.Core.Services;

/// <summary>One move of a service from one step to the next: the history a service keeps.</summary>
/// <param name="ServiceId">The service.</param>
/// <param name="Turn">The turn the service is in after the move.</param>
/// <param name="From">The step it left (null for its first entry).</param>
/// <param name="To">The step it entered.</param>
/// <param name="At">When.</param>
/// <param name="GateEvaluationId">The gate evaluation that let it through, if any.</param>
/// <param name="WaiverId">The waiver that let it through, if any.</param>
public sealed record StepTransition(string ServiceId, int Turn, FlywheelStep? From, FlywheelStep To, DateTimeOffset At, string? GateEvaluationId, string? WaiverId);
