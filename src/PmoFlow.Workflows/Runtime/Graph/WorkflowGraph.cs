using System.Collections.Concurrent;
using PmoFlow.Workflows.Activities.Registry;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Runtime.Graph;

/// <summary>
/// The activity tree of one definition version, bound to behaviours and indexed by node path. Built once per
/// version and shared by every instance; a workflow used as an activity gets its child tree attached under
/// that node the first time it runs, pinned to the child version the instance recorded.
/// </summary>
internal sealed class WorkflowGraph
{
    private readonly ConcurrentDictionary<string, GraphNode> _byPath = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, GraphNode> _attached = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, Scopes.ScopeTemplate> _templates = new(StringComparer.Ordinal);
    private readonly IActivityRegistry _registry;

    public WorkflowGraph(WorkflowDefinition definition, IActivityRegistry registry)
    {
        Definition = definition;
        _registry = registry;
        Root = Add(definition.Root, definition.Root.Id, definition, parent: null);
    }

    public WorkflowDefinition Definition { get; }

    public GraphNode Root { get; }

    public GraphNode Get(string path) =>
        _byPath.TryGetValue(path, out var node) ? node : throw new InvalidOperationException($"No activity at node path '{path}' in {Definition}.");

    public bool TryGet(string path, out GraphNode? node) => _byPath.TryGetValue(path, out node);

    /// <summary>Attaches a child workflow's root under <paramref name="host"/> (idempotent per child version).</summary>
    public GraphNode AttachChild(GraphNode host, WorkflowDefinition child) =>
        _attached.GetOrAdd($"{host.Path}@{child.Id}", _ => Add(child.Root, $"{host.Path}/{child.Root.Id}", child, host));

    /// <summary>
    /// The scope template of a workflow boundary, built once per graph: it lives and dies with the graph, so a
    /// definition change that rebuilds the graph drops the old templates too.
    /// </summary>
    public Scopes.ScopeTemplate GetScopeTemplate(GraphNode boundary, WorkflowDefinition definition, Scopes.ScopeTemplate? parent) =>
        _templates.GetOrAdd($"{boundary.Path}@{definition.Id}", _ => new Scopes.ScopeTemplate(definition, parent));

    private GraphNode Add(ActivityModel model, string path, WorkflowDefinition definition, GraphNode? parent)
    {
        var node = new GraphNode(path, model, _registry.Resolve(model.Type), definition, parent);
        if (!_byPath.TryAdd(path, node))
            throw new InvalidOperationException($"{definition}: two activities share the id '{model.Id}' in the same container ({model.JsonPath}); validate the definition before running it.");
        foreach (var child in model.Children)
            node.Children.Add(Add(child, $"{path}/{child.Id}", definition, node));
        return node;
    }
}
