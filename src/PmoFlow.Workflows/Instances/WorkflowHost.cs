using System.Collections.Concurrent;
using PmoFlow.Workflows.Activities.Workflows;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Instances;

internal sealed partial class WorkflowHost(IWorkflowRuntime runtime, IWorkflowDefinitionStore definitions, IWorkflowInstanceStore instances, IWorkflowInstanceQueries queries, TimeProvider clock, WorkflowOutput defaultOutput)
    : IWorkflowHost, IChildWorkflowStarter
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public Task<WorkflowInstanceState> StartAsync(string definitionId, StartWorkflowOptions? options = null, VersionOptions? version = null, CancellationToken cancellationToken = default)
    {
        var definition = definitions.Find(definitionId, version ?? VersionOptions.Published)
            ?? throw new KeyNotFoundException($"No {(version ?? VersionOptions.Published).ToString().ToLowerInvariant()} version of workflow definition '{definitionId}'.");
        return StartAsync(definition, options, cancellationToken);
    }

    public async Task<WorkflowInstanceState> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        options = (options ?? new StartWorkflowOptions()) is { Output: null } o ? o with { Output = defaultOutput.Writer } : options!;
        var state = await runtime.StartAsync(definition, options, cancellationToken).ConfigureAwait(false);
        await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        await NotifyParentAsync(state, options.Output, cancellationToken).ConfigureAwait(false);
        return state;
    }

    public async Task<WorkflowInstanceState> ResumeAsync(string instanceId, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(instanceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        WorkflowInstanceState state;
        try
        {
            state = await instances.FindAsync(instanceId, cancellationToken).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"No workflow instance '{instanceId}'.");
            if (state.Bookmarks.All(b => b.Id != bookmarkId))
                throw new InvalidOperationException($"Instance {instanceId} has no bookmark '{bookmarkId}' (it may have been resumed already).");
            output ??= defaultOutput.Writer;
            state = await runtime.ResumeAsync(state, bookmarkId, input, output, cancellationToken).ConfigureAwait(false);
            await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
        await NotifyParentAsync(state, output, cancellationToken).ConfigureAwait(false);
        return state;
    }

    public async Task<int> PublishEventAsync(string eventName, IReadOnlyDictionary<string, object?>? input = null, CancellationToken cancellationToken = default)
    {
        var resumed = 0;
        foreach (var state in await instances.ListAsync(cancellationToken).ConfigureAwait(false))
            foreach (var bookmark in state.Bookmarks.Where(b => b.Name == Activities.Timers.Event.BookmarkName && b.Key == eventName).ToList())
            {
                await ResumeAsync(state.InstanceId, bookmark.Id, input, cancellationToken: cancellationToken).ConfigureAwait(false);
                resumed++;
            }
        return resumed;
    }

    public async Task<int> ResumeDueTimersAsync(CancellationToken cancellationToken = default)
    {
        var resumed = 0;
        foreach (var due in await queries.ListDueBookmarksAsync(clock.GetUtcNow(), int.MaxValue, cancellationToken).ConfigureAwait(false))
        {
            await ResumeAsync(due.InstanceId, due.BookmarkId, cancellationToken: cancellationToken).ConfigureAwait(false);
            resumed++;
        }
        return resumed;
    }

    public Task<WorkflowInstanceState?> FindAsync(string instanceId, CancellationToken cancellationToken = default) => instances.FindAsync(instanceId, cancellationToken);

    public Task<IReadOnlyList<WorkflowInstanceState>> ListAsync(CancellationToken cancellationToken = default) => instances.ListAsync(cancellationToken);

    public async Task<ChildWorkflowResult> StartAsync(ChildWorkflowRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var definition = definitions.Find(request.DefinitionId, VersionOptions.LatestOrPublished)
            ?? throw new KeyNotFoundException($"ExecuteWorkflow: no workflow definition '{request.DefinitionId}'.");
        var options = new StartWorkflowOptions
        {
            CorrelationId = request.CorrelationId,
            Input = request.Input,
            Output = request.Output,
            ParentInstanceId = request.ParentInstanceId,
        };
        var state = await runtime.StartAsync(definition, options, cancellationToken).ConfigureAwait(false);
        await instances.SaveAsync(state, cancellationToken).ConfigureAwait(false);
        return new ChildWorkflowResult(state.InstanceId, state.Status, state.Root.Output, state.Fault);
    }

    /// <summary>When a child that a parent waits for finishes later, resume the parent's ExecuteWorkflow bookmark.</summary>
    private async Task NotifyParentAsync(WorkflowInstanceState child, TextWriter? output, CancellationToken cancellationToken)
    {
        if (child.ParentInstanceId is null || child.Status != WorkflowStatus.Finished) return;
        var parent = await instances.FindAsync(child.ParentInstanceId, cancellationToken).ConfigureAwait(false);
        var bookmark = parent?.Bookmarks.FirstOrDefault(b => b.Name == ExecuteWorkflow.BookmarkName && b.Key == child.InstanceId);
        if (parent is null || bookmark is null) return;
        await ResumeAsync(parent.InstanceId, bookmark.Id, new Dictionary<string, object?> { ["output"] = child.Root.Output }, output, cancellationToken).ConfigureAwait(false);
    }
}
