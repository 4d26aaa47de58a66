using System.Text.Json;
using System.Text.Json.Nodes;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Effects;

/// <summary>Reads effect data, which activities write as the record in web JSON with enum names.</summary>
internal static class EffectData
{
    public static T Read<T>(JsonObject data, string type)
    {
        try
        {
            return data.Deserialize<T>(Db.Json) ?? throw new JsonException("null");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"Effect '{type}' carries data that is not a {typeof(T).Name}: {ex.Message}", ex);
        }
    }
}
