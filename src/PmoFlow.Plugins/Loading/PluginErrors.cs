using System.Reflection;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// Plugin exceptions as text. The host keeps the text, never the exception: an exception keeps its stack trace, and
/// with it the plugin's code, alive.
/// </summary>
internal static class PluginErrors
{
    public static string Describe(Exception ex)
    {
        while (ex is TargetInvocationException { InnerException: { } inner }) ex = inner;
        if (ex is AggregateException { InnerExceptions.Count: 1 } aggregate) ex = aggregate.InnerExceptions[0];
        var frame = ex.StackTrace?.Split('\n', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault()?.Trim();
        return frame is null ? $"{ex.GetType().FullName}: {ex.Message}" : $"{ex.GetType().FullName}: {ex.Message} ({frame})";
    }
}
