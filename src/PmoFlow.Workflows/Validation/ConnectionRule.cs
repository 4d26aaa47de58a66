using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Validation;

/// <summary>
/// A connection must join two activities of its own flowchart and leave its source through a port the source
/// has: the runtime silently skips any other connection, so the flow would just stop there.
/// </summary>
internal sealed class ConnectionRule : IValidationRule
{
    public void Check(ValidationContext context)
    {
        foreach (var container in FlowchartNodes.Containers(context))
        {
            var byId = FlowchartNodes.ById(container);
            foreach (var connection in container.Connections)
            {
                var hasSource = byId.TryGetValue(connection.Source, out var source);
                if (!hasSource)
                    context.Error(connection.JsonPath, Missing("source", connection.Source));
                if (!byId.ContainsKey(connection.Target))
                    context.Error(connection.JsonPath, Missing("target", connection.Target));
                if (hasSource)
                    CheckPort(context, source!, connection);
            }
        }
    }

    private static string Missing(string end, string id) =>
        $"The connection's {end} activity '{id}' does not exist in this flowchart; connect an existing activity or remove the connection.";

    private static void CheckPort(ValidationContext context, ActivityModel source, Connection connection)
    {
        var ports = FlowPorts.Of(context, source);
        if (ports is null || ports.Contains(connection.SourcePort, StringComparer.Ordinal)) return;
        var has = ports.Count == 0 ? "it has no outbound ports" : "its ports: " + string.Join(", ", ports);
        context.Error(connection.JsonPath,
            $"{ValidationContext.Describe(source)} has no port '{connection.SourcePort}' ({has}); connect from one of its ports or remove the connection.");
    }
}
