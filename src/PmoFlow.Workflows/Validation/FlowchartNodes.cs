using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>The containers whose connections are checked, and the activities a connection in them may name.</summary>
internal static class FlowchartNodes
{
    /// <summary>Nodes with connections, and every Elsa.Flowchart (whose activities must then be reachable).</summary>
    public static IEnumerable<ActivityModel> Containers(ValidationContext context) =>
        context.Nodes.Where(n => n.Connections.Count > 0 || IsFlowchart(n));

    public static bool IsFlowchart(ActivityModel node) => node.Type == "Elsa.Flowchart";

    /// <summary>The activities directly in the container's <c>activities</c> array, by id; the first wins on duplicates.</summary>
    public static Dictionary<string, ActivityModel> ById(ActivityModel container)
    {
        var prefix = container.JsonPath + ".activities[";
        var byId = new Dictionary<string, ActivityModel>(StringComparer.Ordinal);
        foreach (var child in container.Children.Where(c => c.JsonPath.StartsWith(prefix, StringComparison.Ordinal)))
            byId.TryAdd(child.Id, child);
        return byId;
    }
}
