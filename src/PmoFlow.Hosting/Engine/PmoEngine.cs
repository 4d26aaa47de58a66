using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Workflows.Activities.Pmo;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Engine;

/// <summary>
/// One flywheel instance per service. A pass over a service loads its instance, resumes what it waits on (a gate,
/// an approval, a survey: each checks its condition again), and saves the instance with the effects the run
/// recorded and the work items it consumed: one transaction, so a crash repeats the pass rather than half of it.
/// </summary>
internal sealed partial class PmoEngine(
    IPmoStore store,
    IWorkflowRuntime runtime,
    IWorkflowInstanceStore instances,
    IWorkflowInstanceQueries queries,
    IWorkflowDefinitionStore definitions,
    TimeProvider clock,
    IOptions<PmoEngineOptions> options,
    ILogger<PmoEngine> logger) : IPmoEngine
{
    private static readonly HashSet<string> DataDriven = [GateActivity.BookmarkName, ApprovalActivity.BookmarkName, SurveyActivity.BookmarkName];
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
        await PassAsync(serviceId, work: null, cancellationToken).ConfigureAwait(false);
        return await store.FindServiceAsync(serviceId, cancellationToken).ConfigureAwait(false)
            ?? throw new PmoDataException("serviceId", $"No service '{serviceId}'.", isNotFound: true);
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
                await PassAsync(items.Key, items.Key == truncated ? null : items.ToList(), cancellationToken).ConfigureAwait(false);
            }
            catch (PmoDataException ex) when (ex.IsNotFound)
            {
                foreach (var item in items) await store.CompleteWorkAsync(item.Id, cancellationToken).ConfigureAwait(false);
            }
        }
        return byService.Count;
    }

    /// <summary>One pass over a service: resume what it waits on, then save the instance with its effects and consumed work.</summary>
    private async Task PassAsync(string serviceId, IReadOnlyList<PendingWork>? work, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(serviceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            work ??= await store.ListPendingWorkAsync(serviceId, cancellationToken).ConfigureAwait(false);
            var state = await queries.FindByCorrelationIdAsync(serviceId, cancellationToken).ConfigureAwait(false);
            if (state is null)
            {
                // Only a service without an instance needs checking: an instance exists only for a service that does.
                _ = await store.FindServiceAsync(serviceId, cancellationToken).ConfigureAwait(false)
                    ?? throw new PmoDataException("serviceId", $"No service '{serviceId}'.", isNotFound: true);
                state = await StartFlywheelAsync(serviceId, cancellationToken).ConfigureAwait(false);
            }
            else if (state.Status == WorkflowStatus.Suspended)
            {
                state = await ResumeWaitingAsync(state, DataDriven.Contains, cancellationToken).ConfigureAwait(false);
            }
            else if (work.Count == 0)
            {
                return;
            }

            foreach (var item in work) Record(state, PmoEffects.WorkDoneType, new PmoEffects.WorkDone(item.Id));
            await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
            if (state.Status == WorkflowStatus.Faulted) LogFaulted(serviceId, state.Fault?.ToString());
        }
        finally
        {
            gate.Release();
        }
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
                    var state = await instances.FindAsync(bookmark.InstanceId, cancellationToken).ConfigureAwait(false);
                    if (state?.Bookmarks.Any(b => b.Id == bookmark.BookmarkId) != true) continue; // resumed meanwhile
                    state = await runtime.ResumeAsync(state, bookmark.BookmarkId, output: TextWriter.Null, cancellationToken: cancellationToken).ConfigureAwait(false);
                    await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
                    resumed++;
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

    private async Task<WorkflowInstanceState> StartFlywheelAsync(string serviceId, CancellationToken cancellationToken)
    {
        var flywheel = definitions.Find(options.Value.FlywheelDefinitionId, VersionOptions.Published)
            ?? throw new InvalidOperationException($"The flywheel definition '{options.Value.FlywheelDefinitionId}' is not published.");
        return await runtime.StartAsync(flywheel, new StartWorkflowOptions
        {
            CorrelationId = serviceId,
            Input = new Dictionary<string, object?> { ["ServiceId"] = serviceId },
            Output = TextWriter.Null,
        }, cancellationToken).ConfigureAwait(false);
    }

    private async Task<WorkflowInstanceState> ResumeWaitingAsync(WorkflowInstanceState state, Func<string, bool> which, CancellationToken cancellationToken)
    {
        foreach (var id in state.Bookmarks.Where(b => which(b.Name)).Select(b => b.Id).ToList())
        {
            if (state.Status != WorkflowStatus.Suspended || state.Bookmarks.All(b => b.Id != id)) continue;
            state = await runtime.ResumeAsync(state, id, output: TextWriter.Null, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return state;
    }

    private static void Record<T>(WorkflowInstanceState state, string type, T data) where T : notnull =>
        state.PendingEffects.Add(new Abstractions.Activities.WorkflowEffect(type, (System.Text.Json.Nodes.JsonObject)System.Text.Json.JsonSerializer.SerializeToNode(data, PmoJson.Options)!));

    [LoggerMessage(Level = LogLevel.Error, Message = "The flywheel of service {ServiceId} faulted: {Fault}")]
    private partial void LogFaulted(string serviceId, string? fault);
}
