using PmoFlow.Core.Services;

namespace PmoFlow.Hosting.Engine;

/// <summary>
/// Turns services through the flywheel: one workflow instance per service (correlation id = service id), gates
/// re-evaluated when data changes, timers resumed when due. Every transition commits with its effects and
/// audit in one transaction, so a crash leaves each service before or after a transition, never between.
/// </summary>
public interface IPmoEngine
{
    /// <summary>Stores a new service and starts its flywheel; returns it as it stands after its first gate.</summary>
    Task<PmoService> CreateServiceAsync(PmoService service, string actor, CancellationToken cancellationToken = default);

    /// <summary>
    /// Re-evaluates what the service waits on (its gate, approval or survey) now, consuming its queued work, and
    /// returns the service as it stands afterwards. Safe to call at any time; calls for one service are serialized.
    /// </summary>
    Task<PmoService> ProcessServiceAsync(string serviceId, CancellationToken cancellationToken = default);

    /// <summary>Processes every queued re-evaluation; returns how many services were processed.</summary>
    Task<int> ProcessPendingAsync(CancellationToken cancellationToken = default);

    /// <summary>Resumes every timer bookmark due by the engine's clock (approval reminders, escalations, gate rechecks, survey deadlines).</summary>
    Task<int> ResumeDueTimersAsync(CancellationToken cancellationToken = default);

    /// <summary>Asks the background loop to look for work now rather than at its next poll.</summary>
    void Signal();
}
