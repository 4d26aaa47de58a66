using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;

namespace PmoFlow.Hosting.Engine;

/// <summary>
/// One flywheel instance per service. A pass over a service loads its instance, resumes what it waits on (a gate,
/// an approval, a survey: each checks its condition again), and saves the instance with the effects the run
/// recorded and the work items it consumed. The whole pass, reads included, is one store transaction
/// (<see cref="IStoreTransactions"/>): the data a transition was decided on cannot change before it commits, and a
/// crash repeats the pass rather than half of it.
/// </summary>
internal sealed partial class PmoEngine(
    IPmoStore store,
    IStoreTransactions transactions,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    IWorkflowInstanceQueries queries,
    IWorkflowDefinitionStore definitions,
    TimeProvider clock,
    IOptions<PmoEngineOptions> options,
    ILogger<PmoEngine> logger) : IPmoEngine
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _signal = new(0, 1);

    public async Task<PmoService> CreateServiceAsync(PmoService service, string actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(service);
        await store.AddServiceAsync(service, actor, cancellationToken).ConfigureAwait(false);
        return await ProcessServiceAsync(service.Id, cancellationToken).ConfigureAwait(false);
    }

    public async Task<PmoService> ProcessServiceAsync(string serviceId, CancellationToken cancellationToken = default)
    {
        // The service read back in the pass's transaction: what it returns is what the pass committed.
        var service = await PassAsync(serviceId, work: null, readBack: true, cancellationToken).ConfigureAwait(false);
        return service ?? throw new PmoDataException("serviceId", $"No service '{serviceId}'.", isNotFound: true);
    }

    public async Task<int> ProcessPendingAsync(CancellationToken cancellationToken = default)
    {
        var work = await store.ListPendingWorkAsync(options.Value.BatchSize, cancellationToken).ConfigureAwait(false);
        var byService = work.GroupBy(w => w.ServiceId, StringComparer.Ordinal).ToList();
        // A full batch may have cut the last service's work short: that one reads all of its work itself.
        var truncated = work.Count == options.Value.BatchSize ? work[^1].ServiceId : null;
        foreach (var items in byService)
        {
            try
            {
                // The batch already holds this service's work: no second read, and no read-back nobody uses.
                await PassAsync(items.Key, items.Key == truncated ? null : items.ToList(), readBack: false, cancellationToken).ConfigureAwait(false);
            }
            catch (PmoDataException ex) when (ex.IsNotFound)
            {
                foreach (var item in items) await store.CompleteWorkAsync(item.Id, cancellationToken).ConfigureAwait(false);
            }
        }
        return byService.Count;
    }

    public async Task<int> ResumeDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var due = await queries.ListDueBookmarksAsync(clock.GetUtcNow(), options.Value.BatchSize, cancellationToken).ConfigureAwait(false);
        var resumed = 0;
        foreach (var group in due.GroupBy(d => d.CorrelationId ?? d.InstanceId, StringComparer.Ordinal))
        {
            var gate = _locks.GetOrAdd(group.Key, _ => new SemaphoreSlim(1, 1));
            await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                foreach (var bookmark in group)
                {
                    // One transaction per timer: the instance as it is now, the resumed run, and its save with effects.
                    if (await transactions.RunAsync(ct => ResumeTimerAsync(bookmark, ct), cancellationToken).ConfigureAwait(false)) resumed++;
                }
            }
            finally
            {
                gate.Release();
            }
        }
        return resumed;
    }

    public void Signal()
    {
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    /// <summary>Waits for a signal or the poll interval, whichever comes first.</summary>
    public async Task WaitForWorkAsync(CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PollInterval);
        try
        {
            await _signal.WaitAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // the poll interval passed
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The flywheel of service {ServiceId} faulted: {Fault}")]
    private partial void LogFaulted(string serviceId, string? fault);
}
