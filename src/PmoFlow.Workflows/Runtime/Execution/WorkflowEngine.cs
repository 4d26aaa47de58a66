using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Definitions;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Expressions;
using PmoFlow.Workflows.Runtime.Graph;
using PmoFlow.Workflows.Runtime.Scopes;
using PmoFlow.Workflows.Runtime.State;
using PmoFlow.Workflows.Runtime.Values;

namespace PmoFlow.Workflows.Runtime.Execution;

internal sealed class WorkflowEngine : IWorkflowRuntime
{
    private readonly ConcurrentDictionary<string, (GraphRevision Revision, WorkflowGraph Graph)> _graphs = new(StringComparer.Ordinal);
    private readonly IActivityRegistry _registry;
    private readonly IWorkflowDefinitionProvider _definitions;

    public WorkflowEngine(IActivityRegistry registry, IWorkflowDefinitionProvider definitions, InputEvaluator inputs, TimeProvider clock, IServiceProvider services)
    {
        _registry = registry;
        _definitions = definitions;
        Inputs = inputs;
        Clock = clock;
        Services = services;
    }

    public InputEvaluator Inputs { get; }

    public TimeProvider Clock { get; }

    public IServiceProvider Services { get; }

    public async Task<WorkflowInstanceState> StartAsync(WorkflowDefinition definition, StartWorkflowOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        options ??= new StartWorkflowOptions();
        var now = Clock.GetUtcNow();
        var state = new WorkflowInstanceState
        {
            InstanceId = options.InstanceId ?? Guid.NewGuid().ToString("N"),
            DefinitionId = definition.DefinitionId,
            DefinitionVersionId = definition.Id,
            DefinitionVersion = definition.Version,
            FlowchartMode = options.FlowchartMode,
            CorrelationId = options.CorrelationId,
            ParentInstanceId = options.ParentInstanceId,
            CreatedAt = now,
            UpdatedAt = now,
        };
        foreach (var (name, value) in options.Input ?? new Dictionary<string, object?>())
        {
            var declared = definition.Inputs.FirstOrDefault(i => string.Equals(i.Name, name, StringComparison.OrdinalIgnoreCase));
            state.Root.Input[name] = declared is null ? ValueConverter.Natural(value) : ValueConverter.Convert(value, TypeNames.Resolve(declared.TypeName, declared.IsArray));
        }

        var graph = GetGraph(definition);
        var run = new WorkflowRun(this, graph, state, options.Output ?? TextWriter.Null, cancellationToken);
        run.RootScope.InitializeVariables();
        run.Enqueue(new WorkItem(graph.Root.Path, null));
        await run.RunAsync().ConfigureAwait(false);
        return state;
    }

    public async Task<WorkflowInstanceState> ResumeAsync(WorkflowInstanceState state, string bookmarkId, IReadOnlyDictionary<string, object?>? input = null, TextWriter? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        var bookmark = state.Bookmarks.FirstOrDefault(b => b.Id == bookmarkId)
            ?? throw new InvalidOperationException($"Instance {state.InstanceId} has no bookmark '{bookmarkId}'.");
        var definition = _definitions.FindByVersionId(state.DefinitionVersionId)
            ?? throw new InvalidOperationException($"Instance {state.InstanceId} runs definition version '{state.DefinitionVersionId}', which is not registered.");
        var run = new WorkflowRun(this, GetGraph(definition), state, output ?? TextWriter.Null, cancellationToken);
        var inputJson = input is null ? null : JsonSerializer.SerializeToNode(input) as JsonObject;
        await run.ResumeAsync(bookmark, inputJson).ConfigureAwait(false);
        return state;
    }

    public WorkflowGraph GetGraph(WorkflowDefinition definition)
    {
        // A graph binds each node to its activity when it is built: a definition change, or activity types coming
        // and going (a plugin loaded or unloaded), means binding again.
        var revision = new GraphRevision(_definitions.Revision, _registry.Revision);
        // The usual case, every pass of every instance: the graph built for this revision, found without writing.
        return _graphs.TryGetValue(definition.Id, out var current) && IsCurrent(current, definition, revision) ? current.Graph : Rebuild(definition, revision);
    }

    private WorkflowGraph Rebuild(WorkflowDefinition definition, GraphRevision revision) =>
        _graphs.AddOrUpdate(
            definition.Id,
            _ => (revision, new WorkflowGraph(definition, _registry)),
            (_, existing) => IsCurrent(existing, definition, revision) ? existing : (revision, new WorkflowGraph(definition, _registry))).Graph;

    private static bool IsCurrent((GraphRevision Revision, WorkflowGraph Graph) entry, WorkflowDefinition definition, GraphRevision revision) =>
        entry.Revision == revision && ReferenceEquals(entry.Graph.Definition.Json, definition.Json);

    public ScopeTemplate GetScopeTemplate(WorkflowGraph graph, GraphNode boundary, WorkflowDefinition definition, ScopeTemplate? parent) =>
        graph.GetScopeTemplate(boundary, definition, parent);

    /// <summary>Attaches the child workflow a workflow-as-activity context is pinned to.</summary>
    public GraphNode AttachChildWorkflow(WorkflowGraph graph, ActivityExecutionContext context)
    {
        var versionId = context.Properties.GetString(Activities.Composition.WorkflowDefinitionActivity.PinnedVersionKey)
            ?? throw new InvalidOperationException($"{context} is not pinned to a child workflow version.");
        var child = _definitions.FindByVersionId(versionId)
            ?? throw new InvalidOperationException($"{context} runs child workflow version '{versionId}', which is not registered.");
        return graph.AttachChild(context.Node, child);
    }

    private readonly record struct GraphRevision(long Definitions, long Activities);
}
