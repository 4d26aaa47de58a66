using PmoFlow.Workflows.Runtime.Graph;
using PmoFlow.Workflows.Runtime.Scopes;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Runtime.Execution;

internal sealed partial class WorkflowRun
{
    /// <summary>Marks an activity completed and tells its container, which may complete in turn.</summary>
    public async Task CompleteAsync(ActivityExecutionContext context)
    {
        context.State.Status = ActivityStatus.Completed;
        Log(context, "Completed", context.Outcomes);
        Remove(context);

        var parent = context.Parent;
        if (parent is null)
        {
            _rootCompleted = true;
            return;
        }
        if (!IsLive(parent) || parent.Node.Behavior is not ICompositeActivity composite) return;

        await InvokeAsync(parent, p => composite.OnChildCompletedAsync(p, context)).ConfigureAwait(false);
    }

    /// <summary>Cancels an activity with everything it started: running children, queued work, bookmarks.</summary>
    public void Cancel(ActivityExecutionContext context)
    {
        foreach (var child in ChildrenOf(context).ToList()) Cancel(child);
        RemoveQueued(item => item.ParentContextId == context.Id);
        context.State.Status = ActivityStatus.Canceled;
        Log(context, "Canceled");
        Remove(context);
    }

    /// <summary>Cancels work queued or running inside <paramref name="container"/> for the given child node ids.</summary>
    public void CancelChildren(ActivityExecutionContext container, IReadOnlySet<string> nodeIds)
    {
        foreach (var child in ChildrenOf(container).Where(c => nodeIds.Contains(c.ActivityId)).ToList()) Cancel(child);
        RemoveQueued(item => item.ParentContextId == container.Id && nodeIds.Contains(LastSegment(item.NodePath)));
    }

    /// <summary>Whether anything is queued or running inside <paramref name="container"/>.</summary>
    public bool HasPendingWork(ActivityExecutionContext container) =>
        ChildrenOf(container).Any() || _queue.Any(i => i.ParentContextId == container.Id);

    /// <summary>Whether the child node is queued or running inside <paramref name="container"/>.</summary>
    public bool IsPending(ActivityExecutionContext container, string nodeId) =>
        ChildrenOf(container).Any(c => c.ActivityId == nodeId)
        || _queue.Any(i => i.ParentContextId == container.Id && LastSegment(i.NodePath) == nodeId);

    public IEnumerable<ActivityExecutionContext> ChildrenOf(ActivityExecutionContext context) =>
        _contexts.Values.Where(c => c.State.ParentId == context.Id);

    /// <summary>Completes the nearest workflow boundary around <paramref name="from"/> (Elsa.Complete).</summary>
    public async Task CompleteBoundaryAsync(ActivityExecutionContext from, IReadOnlyList<string> outcomes)
    {
        var boundary = from.Parent;
        while (boundary is not null && boundary.State.Scope is null) boundary = boundary.Parent;
        if (boundary is null)
        {
            foreach (var context in _contexts.Values.Where(c => c.Parent is null).ToList()) Cancel(context);
            _queue.Clear();
            _rootCompleted = true;
            return;
        }
        foreach (var child in ChildrenOf(boundary).ToList()) Cancel(child);
        RemoveQueued(item => item.ParentContextId == boundary.Id);
        ((IWorkflowBoundary)boundary.Node.Behavior).Finish(boundary, outcomes);
        if (boundary.CompletionRequested && IsLive(boundary)) await CompleteAsync(boundary).ConfigureAwait(false);
    }

    /// <summary>The scope a workflow-as-activity context opens for its body.</summary>
    public Scope GetBoundaryScope(ActivityExecutionContext context)
    {
        if (_boundaryScopes.TryGetValue(context.Id, out var scope)) return scope;
        var childRoot = Engine.AttachChildWorkflow(Graph, context);
        var template = Engine.GetScopeTemplate(Graph, context.Node, childRoot.Definition, context.Scope.Template);
        scope = new Scope(template, context.State.Scope!, context.Scope);
        _boundaryScopes[context.Id] = scope;
        return scope;
    }

    private void Fault(ActivityExecutionContext context, Exception exception)
    {
        var root = exception;
        context.State.Status = ActivityStatus.Faulted;
        Log(context, "Faulted");
        State.Fault = new FaultInfo(context.ActivityId, context.ActivityType, context.ActivityName, root.Message, root.GetType().FullName ?? root.GetType().Name, root.ToString());
    }

    private void Remove(ActivityExecutionContext context)
    {
        _contexts.Remove(context.Id);
        _boundaryScopes.Remove(context.Id);
        State.Bookmarks.RemoveAll(b => b.ContextId == context.Id);
    }

    private void RemoveQueued(Func<WorkItem, bool> predicate)
    {
        for (var node = _queue.First; node is not null;)
        {
            var next = node.Next;
            if (predicate(node.Value)) _queue.Remove(node);
            node = next;
        }
    }

    private static string LastSegment(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>Rebuilds live contexts from the state, parents first, re-attaching pinned child workflows.</summary>
    private void Restore()
    {
        foreach (var saved in State.Contexts)
        {
            ActivityExecutionContext? parent = null;
            if (saved.ParentId is not null && !_contexts.TryGetValue(saved.ParentId, out parent))
                throw new InvalidOperationException($"Instance {State.InstanceId}: context {saved.Id} names parent {saved.ParentId}, which is not in the saved state.");
            if (!Graph.TryGet(saved.NodePath, out var node) && parent is not null && parent.State.Scope is not null)
            {
                Engine.AttachChildWorkflow(Graph, parent);
                Graph.TryGet(saved.NodePath, out node);
            }
            if (node is null)
                throw new InvalidOperationException($"Instance {State.InstanceId}: no activity at '{saved.NodePath}' in {Graph.Definition}; was the definition changed under a running instance?");
            _contexts.Add(saved.Id, new ActivityExecutionContext(this, saved, node, parent));
        }
    }

    /// <summary>
    /// The log kept inside the state is for diagnosing recent runs; a flywheel instance lives for years, so only
    /// the newest entries stay (the audit trail, not this log, is the record of what happened).
    /// </summary>
    private const int MaxLogEntries = 256;

    private void Save()
    {
        if (State.Log.Count > MaxLogEntries) State.Log.RemoveRange(0, State.Log.Count - MaxLogEntries);
        State.Contexts = _contexts.Values.Select(c => c.State).ToList();
        State.Queue = _queue.ToList();
        State.UpdatedAt = Engine.Clock.GetUtcNow();
        if (IsFaulted) State.Status = WorkflowStatus.Faulted;
        else if (_rootCompleted || _contexts.Count == 0) State.Status = WorkflowStatus.Finished;
        else State.Status = WorkflowStatus.Suspended;
        if (State.Status is WorkflowStatus.Finished or WorkflowStatus.Faulted) State.FinishedAt = State.UpdatedAt;
    }
}
