using PmoFlow.Workflows.Activities.Flowchart;
using PmoFlow.Workflows.Runtime.Graph;

namespace PmoFlow.Workflows.Validation;

/// <summary>
/// Flags flowchart activities no path from the start leads to: they never run. Each flowchart is checked on
/// its own. The start nodes come from the runtime's <see cref="FlowTopology"/>, so the validator and the
/// runtime cannot disagree on where a flow starts.
/// </summary>
internal sealed class ReachabilityRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var flowchart in context.Nodes.Where(FlowchartNodes.IsFlowchart))
        {
            var graph = new GraphNode(flowchart.Id, flowchart, context.Registry.Resolve(flowchart.Type), context.Definition, parent: null);
            foreach (var child in flowchart.Children)
                graph.Children.Add(new GraphNode($"{flowchart.Id}/{child.Id}", child, context.Registry.Resolve(child.Type), context.Definition, graph));
            var topology = new FlowTopology(graph);

            var reached = new HashSet<string>(StringComparer.Ordinal);
            var todo = new Stack<string>(topology.StartNodes.Select(n => n.Id));
            while (todo.Count > 0)
            {
                var id = todo.Pop();
                if (!reached.Add(id)) continue;
                foreach (var connection in topology.Outbound(id)) todo.Push(connection.Target);
            }

            var starts = string.Join(", ", topology.StartNodes.Select(n => $"'{n.Model.DisplayName}'"));
            foreach (var node in FlowchartNodes.ById(flowchart).Values.Where(n => !reached.Contains(n.Id)))
                context.Warning(node.JsonPath,
                    $"{ValidationContext.Describe(node)} cannot be reached from where its flowchart starts ({starts}), so it never runs; connect it to the flow or remove it.");
        }
    }
}
