using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Engine;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Workflows.Activities.Pmo;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Instances;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Hosting.Engine;

internal sealed partial class PmoEngine
{
    private static readonly HashSet<string> DataDriven = [GateActivity.BookmarkName, ApprovalActivity.BookmarkName, SurveyActivity.BookmarkName];

    /// <summary>One pass over a service, serialized per service and run as one store transaction; the service afterwards when asked.</summary>
    private async Task<PmoService?> PassAsync(string serviceId, IReadOnlyList<PendingWork>? work, bool readBack, CancellationToken cancellationToken)
    {
        var gate = _locks.GetOrAdd(serviceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await transactions.RunAsync(async ct =>
            {
                await AdvanceAsync(serviceId, work, ct).ConfigureAwait(false);
                return readBack ? await store.FindServiceAsync(serviceId, ct).ConfigureAwait(false) : null;
            }, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Resumes what the service waits on, then saves the instance with its effects and the work it consumed.</summary>
    private async Task AdvanceAsync(string serviceId, IReadOnlyList<PendingWork>? work, CancellationToken cancellationToken)
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
            state = await ResumeWaitingAsync(state, cancellationToken).ConfigureAwait(false);
        }
        else if (work.Count == 0)
        {
            return;
        }

        foreach (var item in work) state.PendingEffects.Add(new WorkflowEffect(PmoEffects.WorkDoneType, new JsonObject { ["workId"] = item.Id }));
        await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        if (state.Status == WorkflowStatus.Faulted) LogFaulted(serviceId, state.Fault?.ToString());
    }

    /// <summary>Resumes one due timer if the instance still waits on it; false when it was resumed meanwhile.</summary>
    private async Task<bool> ResumeTimerAsync(DueBookmark bookmark, CancellationToken cancellationToken)
    {
        var state = await instances.FindAsync(bookmark.InstanceId, cancellationToken).ConfigureAwait(false);
        if (state?.Bookmarks.Any(b => b.Id == bookmark.BookmarkId) != true) return false;
        state = await runtime.ResumeAsync(state, bookmark.BookmarkId, output: TextWriter.Null, cancellationToken: cancellationToken).ConfigureAwait(false);
        await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        return true;
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

    private async Task<WorkflowInstanceState> ResumeWaitingAsync(WorkflowInstanceState state, CancellationToken cancellationToken)
    {
        foreach (var id in state.Bookmarks.Where(b => DataDriven.Contains(b.Name)).Select(b => b.Id).ToList())
        {
            if (state.Status != WorkflowStatus.Suspended || state.Bookmarks.All(b => b.Id != id)) continue;
            state = await runtime.ResumeAsync(state, id, output: TextWriter.Null, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        return state;
    }
}
