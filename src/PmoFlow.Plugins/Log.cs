using Microsoft.Extensions.Logging;

namespace PmoFlow.Plugins;

/// <summary>The project's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Loaded plugin {PluginId} {Version} in {Milliseconds:F0} ms: {Activities} activities, {Rules} rule files, from {Folder}.")]
    public static partial void PluginLoaded(this ILogger logger, string pluginId, string version, double milliseconds, int activities, int rules, string folder);

    [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Refused plugin {PluginId} ({Where}): {Reason}")]
    public static partial void PluginRefused(this ILogger logger, string pluginId, string where, string reason);

    [LoggerMessage(EventId = 3, Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} faulted while loading: {Reason}")]
    public static partial void PluginLoadFaulted(this ILogger logger, string pluginId, string version, string reason);

    [LoggerMessage(EventId = 4, Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} faulted: {Reason}; it takes no new work until reloaded.")]
    public static partial void PluginFaulted(this ILogger logger, Exception? exception, string pluginId, string version, string reason);

    [LoggerMessage(EventId = 5, Level = LogLevel.Information, Message = "Unloading plugin {PluginId} {Version}: waiting for {Leases} lease(s); {Pins} pin(s) dropped.")]
    public static partial void PluginUnloading(this ILogger logger, string pluginId, string version, int leases, int pins);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Unloaded plugin {PluginId} {Version} (generation {Generation}) in {Milliseconds:F0} ms; load context collected: {Verified}.")]
    public static partial void PluginUnloaded(this ILogger logger, string pluginId, string version, int generation, double milliseconds, bool verified);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "Plugin {PluginId} {Version} (generation {Generation}) is stuck: it {Report}")]
    public static partial void PluginStuck(this ILogger logger, string pluginId, string version, int generation, string report);

    [LoggerMessage(EventId = 8, Level = LogLevel.Information, Message = "Reloaded plugin {PluginId}: {OldVersion} → {NewVersion} in {Milliseconds:F0} ms; {MovedPins} pinned instance(s) moved; the old version drains.")]
    public static partial void PluginReloaded(this ILogger logger, string pluginId, string oldVersion, string newVersion, double milliseconds, int movedPins);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "Reload of plugin {PluginId} to {Version} failed: {Reason}; {Running}.")]
    public static partial void ReloadFailed(this ILogger logger, string pluginId, string version, string reason, string running);

    [LoggerMessage(EventId = 10, Level = LogLevel.Error, Message = "Plugin {PluginId}: a type failed to load: {Problem}")]
    public static partial void TypeLoadFailed(this ILogger logger, string pluginId, string problem);

    [LoggerMessage(EventId = 11, Level = LogLevel.Information, Message = "Plugin {PluginId} carries its own copies of shared assemblies; the host's are used: {Copies}.")]
    public static partial void SharedCopiesIgnored(this ILogger logger, string pluginId, string copies);

    [LoggerMessage(EventId = 12, Level = LogLevel.Warning, Message = "Disposing the services of plugin {PluginId} {Version} threw {Error}")]
    public static partial void ServicesDisposeFailed(this ILogger logger, string pluginId, string version, string error);

    [LoggerMessage(EventId = 13, Level = LogLevel.Error, Message = "Retiring plugin {PluginId} {Version} failed.")]
    public static partial void RetirementFailed(this ILogger logger, Exception exception, string pluginId, string version);

    [LoggerMessage(EventId = 14, Level = LogLevel.Information, Message = "{Active} of {Known} plugin(s) active from {Folder}.")]
    public static partial void PluginsLoaded(this ILogger logger, int active, int known, string folder);

    [LoggerMessage(EventId = 15, Level = LogLevel.Debug, Message = "Skipped {Folder}: it has no plugin.json.")]
    public static partial void NotAPluginFolder(this ILogger logger, string folder);

    [LoggerMessage(EventId = 16, Level = LogLevel.Warning, Message = "Plugins still had work in progress {Seconds:0.#} s into shutdown; stopping without them.")]
    public static partial void ShutdownDrainTimedOut(this ILogger logger, double seconds);

    [LoggerMessage(EventId = 17, Level = LogLevel.Information, Message = "Watching {Folder} for plugin changes (debounce {Debounce}).")]
    public static partial void WatchStarted(this ILogger logger, string folder, TimeSpan debounce);

    [LoggerMessage(EventId = 18, Level = LogLevel.Information, Message = "Plugin folder {Folder} changed; refreshing it.")]
    public static partial void FolderChanged(this ILogger logger, string folder);

    [LoggerMessage(EventId = 19, Level = LogLevel.Warning, Message = "The plugin folder watcher failed; refreshing every plugin folder.")]
    public static partial void WatchFailed(this ILogger logger, Exception exception);

    [LoggerMessage(EventId = 20, Level = LogLevel.Error, Message = "Refreshing plugin folder {Folder} failed.")]
    public static partial void RefreshFailed(this ILogger logger, Exception exception, string folder);
}
