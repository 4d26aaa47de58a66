using System.Collections.Concurrent;
using PmoFlow.Workflows.Model;
using PmoFlow.Workflows.Runtime.Graph;

namespace PmoFlow.Workflows.Activities.Flowchart;

/// <summary>
/// A flowchart's graph, derived once per definition version: connections by source and target, which
/// connections close a loop (found by depth-first search from the start nodes), and where the flow starts.
/// </summary>
internal sealed class FlowTopology
{
    private static readonly IReadOnlyList<IndexedConnection> None = [];
    private readonly Dictionary<string, List<IndexedConnection>> _outbound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedConnection>> _inbound = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<IndexedConnection>> _forwardInbound = new(StringComparer.Ordinal);
    private readonly HashSet<int> _backward = [];
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _ancestors = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IReadOnlySet<string>> _descendants = new(StringComparer.Ordinal);

    public FlowTopology(GraphNode flowchart)
    {
        Nodes = flowchart.Children.Where(c => c.Model.JsonPath.Contains(".activities[", StringComparison.Ordinal))
            .GroupBy(c => c.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var connections = flowchart.Model.Connections;
        for (var i = 0; i < connections.Count; i++)
        {
            var c = connections[i];
            if (!Nodes.ContainsKey(c.Source) || !Nodes.ContainsKey(c.Target)) continue; // the validator reports these
            var indexed = new IndexedConnection(i, c);
            Connections.Add(indexed);
            Add(_outbound, c.Source, indexed);
            Add(_inbound, c.Target, indexed);
        }
        StartNodes = FindStartNodes(flowchart);
        FindBackwardConnections();
        foreach (var c in Connections.Where(c => !_backward.Contains(c.Index)))
            Add(_forwardInbound, c.Target, c);
    }

    public Dictionary<string, GraphNode> Nodes { get; }

    public List<IndexedConnection> Connections { get; } = [];

    public IReadOnlyList<GraphNode> StartNodes { get; }

    public IReadOnlyList<IndexedConnection> Outbound(string id) => _outbound.TryGetValue(id, out var l) ? l : None;

    public IReadOnlyList<IndexedConnection> Inbound(string id) => _inbound.TryGetValue(id, out var l) ? l : None;

    public IReadOnlyList<IndexedConnection> ForwardInbound(string id) => _forwardInbound.TryGetValue(id, out var l) ? l : None;

    public bool IsBackward(IndexedConnection connection) => _backward.Contains(connection.Index);

    public IndexedConnection Get(int index) => Connections.First(c => c.Index == index);

    /// <summary>Every node upstream of <paramref name="id"/> along forward connections.</summary>
    public IReadOnlySet<string> Ancestors(string id) => _ancestors.GetOrAdd(id, start => Walk(start, n => ForwardInbound(n).Select(c => c.Connection.Source)));

    /// <summary><paramref name="id"/> and every node downstream of it along forward connections.</summary>
    public IReadOnlySet<string> Descendants(string id) => _descendants.GetOrAdd(id, start =>
    {
        var set = new HashSet<string>(Walk(start, n => Outbound(n).Where(c => !IsBackward(c)).Select(c => c.Connection.Target)), StringComparer.Ordinal) { start };
        return set;
    });

    private List<GraphNode> FindStartNodes(GraphNode flowchart)
    {
        var ordered = flowchart.Children.Where(c => Nodes.ContainsKey(c.Id)).ToList();
        var start = ordered.FirstOrDefault(n => n.Model.Type == "Elsa.Start");
        if (start is not null) return [start];
        var roots = ordered.Where(n => Inbound(n.Id).Count == 0).ToList();
        return roots.Count > 0 ? roots : ordered.Take(1).ToList();
    }

    private void FindBackwardConnections()
    {
        var state = new Dictionary<string, int>(StringComparer.Ordinal); // 1 = on the stack, 2 = done
        foreach (var root in StartNodes.Select(n => n.Id).Concat(Nodes.Keys))
        {
            if (state.ContainsKey(root)) continue;
            var stack = new Stack<(string Node, int Next)>();
            stack.Push((root, 0));
            state[root] = 1;
            while (stack.Count > 0)
            {
                var (node, next) = stack.Pop();
                var outbound = Outbound(node);
                if (next >= outbound.Count) { state[node] = 2; continue; }
                stack.Push((node, next + 1));
                var edge = outbound[next];
                var target = edge.Connection.Target;
                if (!state.TryGetValue(target, out var s)) { state[target] = 1; stack.Push((target, 0)); }
                else if (s == 1) _backward.Add(edge.Index);
            }
        }
    }

    private static HashSet<string> Walk(string start, Func<string, IEnumerable<string>> next)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var todo = new Stack<string>(next(start));
        while (todo.Count > 0)
        {
            var n = todo.Pop();
            if (seen.Add(n)) foreach (var m in next(n)) todo.Push(m);
        }
        return seen;
    }

    private static void Add(Dictionary<string, List<IndexedConnection>> map, string key, IndexedConnection c)
    {
        if (!map.TryGetValue(key, out var list)) map[key] = list = [];
        list.Add(c);
    }
}

/// <summary>A connection with its position in the flowchart's <c>connections</c> array (stable per version).</summary>
internal sealed record IndexedConnection(int Index, Connection Connection)
{
    public string Source => Connection.Source;

    public string Target => Connection.Target;
}
