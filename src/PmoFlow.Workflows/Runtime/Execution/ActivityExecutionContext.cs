using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Abstractions.Expressions;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Expressions;
using PmoFlow.Workflows.Runtime.Graph;
using PmoFlow.Workflows.Runtime.Scopes;
using PmoFlow.Workflows.Runtime.State;

namespace PmoFlow.Workflows.Runtime.Execution;

/// <summary>One live execution of one activity node.</summary>
internal sealed class ActivityExecutionContext : IActivityExecutionContext
{
    private static readonly string[] DoneOutcome = ["Done"];
    private IExpressionContext? _expressionContext;

    public ActivityExecutionContext(WorkflowRun run, ActivityContextState state, GraphNode node, ActivityExecutionContext? parent)
    {
        Run = run;
        State = state;
        Node = node;
        Parent = parent;
    }

    public WorkflowRun Run { get; }

    public ActivityContextState State { get; }

    public GraphNode Node { get; }

    public ActivityExecutionContext? Parent { get; }

    public string Id => State.Id;

    public string ActivityId => Node.Id;

    public string? ActivityName => Node.Model.Name;

    public string ActivityType => Node.Model.Type;

    public IWorkflowExecution Workflow => Run;

    /// <summary>The scope this node lives in (for a workflow used as an activity: the caller's scope).</summary>
    public Scope Scope => Parent?.ChildScope ?? Run.RootScope;

    /// <summary>The scope this node's children live in: its own when it is a workflow boundary.</summary>
    public Scope ChildScope => State.Scope is null ? Scope : Run.GetBoundaryScope(this);

    public IExpressionContext ExpressionContext => _expressionContext ??= new ActivityExpressionContext(this);

    public JsonObject Properties => State.Properties;

    public IServiceProvider Services => Run.Services;

    public CancellationToken CancellationToken => Run.CancellationToken;

    public bool CompletionRequested { get; private set; }

    public IReadOnlyList<string> Outcomes { get; private set; } = DoneOutcome;

    public bool IsLive => State.Status == ActivityStatus.Running && Run.IsLive(this);

    public JsonNode? GetProperty(string propertyName)
    {
        var json = Node.Model.Json;
        return json[Naming.ToCamelCase(propertyName)] ?? json[propertyName];
    }

    public bool HasInput(string inputName) => GetProperty(inputName) is not null;

    public async ValueTask<T?> GetInputAsync<T>(string inputName, T? defaultValue = default)
    {
        var property = GetProperty(inputName);
        if (property is null) return defaultValue;
        var value = await Run.Inputs.EvaluateAsync(this, inputName, property, typeof(T)).ConfigureAwait(false);
        return value is null && defaultValue is not null ? defaultValue : (T?)value;
    }

    public void SetOutput(string outputName, object? value)
    {
        Scope.RecordActivityOutput(ActivityId, outputName, value);
        if (GetProperty(outputName) is JsonObject output && output["memoryReference"] is JsonObject reference
            && reference.GetString("id") is { Length: > 0 } memoryId)
            Scope.TryWriteMemory(memoryId, value);
    }

    public BookmarkInfo CreateBookmark(BookmarkRequest request) => Run.CreateBookmark(this, request);

    public void Complete(params string[] outcomes)
    {
        CompletionRequested = true;
        Outcomes = outcomes is { Length: > 0 } ? outcomes : DoneOutcome;
    }

    /// <summary>Queues a child node to run inside this activity.</summary>
    public void Schedule(GraphNode child) => Run.Enqueue(new WorkItem(child.Path, Id));

    public override string ToString() => $"{Node.Model} (context {Id})";
}
