using System.Text.Json.Nodes;

namespace PmoFlow.Workflows.Model;

/// <summary>
/// A flowchart connection. Reads both Elsa's current form (<c>{source:{activity,port}, target:{activity,port}}</c>)
/// and the older flat one (<c>{source, target, sourcePort, targetPort}</c>).
/// </summary>
/// <param name="Source">The source activity id.</param>
/// <param name="SourcePort">The outcome that activates the connection (<c>Done</c> by default).</param>
/// <param name="Target">The target activity id.</param>
/// <param name="TargetPort">The target's inbound port (<c>In</c>).</param>
/// <param name="JsonPath">Where the connection sits in the definition JSON.</param>
public sealed record Connection(string Source, string SourcePort, string Target, string TargetPort, string JsonPath)
{
    internal static IReadOnlyList<Connection> ReadAll(JsonArray? array, string path, string? source)
    {
        if (array is null) return [];
        var list = new List<Connection>(array.Count);
        for (var i = 0; i < array.Count; i++)
        {
            var itemPath = $"{path}[{i}]";
            if (array[i] is not JsonObject item)
                throw new WorkflowFormatException(source, itemPath, "a connection must be an object");
            list.Add(Read(item, itemPath, source));
        }
        return list;
    }

    private static Connection Read(JsonObject item, string path, string? source)
    {
        var (sourceId, sourcePort) = ReadEndpoint(item, "source", "sourcePort", "Done", path, source);
        var (targetId, targetPort) = ReadEndpoint(item, "target", "targetPort", "In", path, source);
        return new Connection(sourceId, sourcePort, targetId, targetPort, path);
    }

    private static (string Activity, string Port) ReadEndpoint(JsonObject item, string key, string flatPortKey, string defaultPort, string path, string? source)
    {
        switch (item[key])
        {
            case JsonObject endpoint:
                var activity = endpoint.GetString("activity");
                if (string.IsNullOrEmpty(activity))
                    throw new WorkflowFormatException(source, $"{path}.{key}.activity", $"the connection's {key} has no activity id");
                return (activity, endpoint.GetString("port") ?? defaultPort);
            case JsonValue value when value.AsString() is { Length: > 0 } id:
                return (id, item.GetString(flatPortKey) ?? defaultPort);
            default:
                throw new WorkflowFormatException(source, $"{path}.{key}", $"the connection has no {key}");
        }
    }
}
