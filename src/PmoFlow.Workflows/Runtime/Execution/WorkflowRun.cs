using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Runtime.Expressions;
using PmoFlow.Workflows.Runtime.Graph;
using PmoFlow.Workflows.Runtime.Scopes;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Runtime.Execution;

/// <summary>
/// One burst of execution of one instance: restores the live activity tree from the state, runs the FIFO
/// scheduler until it is empty, and writes everything back to the state.
/// </summary>
internal sealed partial class WorkflowRun : IWorkflowExecution
{
    private readonly OrderedDictionary<string, ActivityExecutionContext> _contexts = new(StringComparer.Ordinal);
    private readonly LinkedList<WorkItem> _queue;
    private readonly Dictionary<string, Scope> _boundaryScopes = new(StringComparer.Ordinal);
    private bool _rootCompleted;

    public WorkflowRun(WorkflowEngine engine, WorkflowGraph graph, WorkflowInstanceState state, TextWriter output, CancellationToken cancellationToken)
    {
        Engine = engine;
        Graph = graph;
        State = state;
        Out = output;
        CancellationToken = cancellationToken;
        RootScope = new Scope(engine.GetScopeTemplate(graph, graph.Root, graph.Definition, parent: null), state.Root, parent: null);
        _queue = new LinkedList<WorkItem>(state.Queue);
        Restore();
    }

    public WorkflowEngine Engine { get; }

    public WorkflowGraph Graph { get; }

    public WorkflowInstanceState State { get; }

    public Scope RootScope { get; }

    public InputEvaluator Inputs => Engine.Inputs;

    public IServiceProvider Services => Engine.Services;

    public CancellationToken CancellationToken { get; }

    public TextWriter Out { get; }

    public string InstanceId => State.InstanceId;

    public string DefinitionId => State.DefinitionId;

    public int DefinitionVersion => State.DefinitionVersion;

    public string? CorrelationId
    {
        get => State.CorrelationId;
        set => State.CorrelationId = value;
    }

    public string? Name
    {
        get => State.Name;
        set => State.Name = value;
    }

    public bool IsFaulted => State.Fault is not null;

    public void Record(WorkflowEffect effect) => State.PendingEffects.Add(effect);

    /// <summary>Runs queued work until none is left, then records where the instance stands.</summary>
    public async Task RunAsync()
    {
        State.Status = WorkflowStatus.Running;
        while (!IsFaulted && _queue.First is { } first)
        {
            CancellationToken.ThrowIfCancellationRequested();
            _queue.RemoveFirst();
            await ExecuteAsync(first.Value).ConfigureAwait(false);
        }
        Save();
    }

    /// <summary>Resumes the activity waiting on a bookmark, then runs what follows.</summary>
    public async Task ResumeAsync(BookmarkState bookmark, System.Text.Json.Nodes.JsonObject? input)
    {
        State.Bookmarks.Remove(bookmark);
        if (!_contexts.TryGetValue(bookmark.ContextId, out var context))
            throw new InvalidOperationException($"Bookmark '{bookmark.Id}' points at activity context '{bookmark.ContextId}', which is no longer running.");

        Log(context, "Resumed");
        var info = new BookmarkInfo(bookmark.Id, bookmark.Name, bookmark.Key, bookmark.ResumeAt, bookmark.Payload, input);
        await InvokeAsync(context, c => c.Node.Behavior.ResumeAsync(c, info)).ConfigureAwait(false);
        await RunAsync().ConfigureAwait(false);
    }

    public void Enqueue(WorkItem item) => _queue.AddLast(item);

    public bool IsLive(ActivityExecutionContext context) => _contexts.ContainsKey(context.Id);

    public BookmarkInfo CreateBookmark(ActivityExecutionContext context, BookmarkRequest request)
    {
        var bookmark = new BookmarkState
        {
            Id = NewId("b"),
            Name = request.Name,
            Key = request.Key,
            ResumeAt = request.ResumeAt,
            ContextId = context.Id,
            ActivityId = context.ActivityId,
            Payload = request.Payload,
        };
        State.Bookmarks.Add(bookmark);
        Log(context, "Suspended");
        return new BookmarkInfo(bookmark.Id, bookmark.Name, bookmark.Key, bookmark.ResumeAt, bookmark.Payload);
    }

    private async Task ExecuteAsync(WorkItem item)
    {
        ActivityExecutionContext? parent = null;
        if (item.ParentContextId is not null && !_contexts.TryGetValue(item.ParentContextId, out parent))
            return; // its container was cancelled or completed meanwhile

        var node = Graph.Get(item.NodePath);
        var state = new ActivityContextState { Id = NewId("a"), NodePath = node.Path, ParentId = parent?.Id, Properties = item.Properties?.DeepClone().AsObject() ?? [] };
        var context = new ActivityExecutionContext(this, state, node, parent);
        _contexts.Add(state.Id, context);
        Log(context, "Started");
        await InvokeAsync(context, c => c.Node.Behavior.ExecuteAsync(c)).ConfigureAwait(false);
    }

    /// <summary>Calls into an activity, turning an exception into a fault and a completion request into completion.</summary>
    private async Task InvokeAsync(ActivityExecutionContext context, Func<ActivityExecutionContext, ValueTask> call)
    {
        try
        {
            await call(context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !CancellationToken.IsCancellationRequested)
        {
            Fault(context, ex);
            return;
        }
        if (context.CompletionRequested && IsLive(context))
            await CompleteAsync(context).ConfigureAwait(false);
    }

    private string NewId(string prefix) => prefix + (++State.NextId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    private void Log(ActivityExecutionContext context, string eventName, IReadOnlyList<string>? outcomes = null) =>
        State.Log.Add(new ExecutionLogEntry(context.ActivityId, context.ActivityType, eventName, Engine.Clock.GetUtcNow(), outcomes));
}
