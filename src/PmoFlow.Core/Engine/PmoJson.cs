using System.Text.Json;
using System.Text.Json.Serialization;

namespace PmoFlow.Core.Engine;

/// <summary>How PMO records are written as JSON wherever they cross a boundary (effects, snapshots, the API).</summary>
public static class PmoJson
{
    /// <summary>camelCase, enums as strings.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
