using System.Text.Json;

namespace PmoFlow.Persistence.Tests.Support;

/// <summary>Structural equality for records holding lists (record equality compares list references).</summary>
internal static class Same
{
    public static void Equal<T>(T expected, T actual) =>
        Assert.Equal(JsonSerializer.Serialize(expected, JsonSerializerOptions.Web), JsonSerializer.Serialize(actual, JsonSerializerOptions.Web));
}
