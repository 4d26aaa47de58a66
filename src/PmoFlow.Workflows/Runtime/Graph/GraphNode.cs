using System.Collections.Concurrent;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Runtime.Graph;

/// <summary>An activity node bound to its behaviour, with a path that stays valid across processes.</summary>
internal sealed class GraphNode
{
    private readonly ConcurrentDictionary<Type, object> _features = new();

    public GraphNode(string path, ActivityModel model, IActivity behavior, WorkflowDefinition definition, GraphNode? parent)
    {
        Path = path;
        Model = model;
        Behavior = behavior;
        Definition = definition;
        Parent = parent;
    }

    /// <summary>Activity ids from the root, separated by '/'.</summary>
    public string Path { get; }

    public ActivityModel Model { get; }

    public IActivity Behavior { get; }

    /// <summary>The definition this node belongs to (a child workflow's nodes belong to the child).</summary>
    public WorkflowDefinition Definition { get; }

    public GraphNode? Parent { get; }

    public List<GraphNode> Children { get; } = [];

    public string Id => Model.Id;

    /// <summary>Data derived from the node once and shared by every run (a flowchart's topology).</summary>
    public T GetFeature<T>(Func<GraphNode, T> factory) where T : class =>
        (T)_features.GetOrAdd(typeof(T), static (_, arg) => arg.factory(arg.node), (factory, node: this));

    public override string ToString() => $"{Model} at {Path}";
}
