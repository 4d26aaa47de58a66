namespace PmoFlow.Plugins.Guard;

/// <summary>
/// Plugin code threw; the plugin version is now faulted. The inner exception is the plugin's own: log it and let it
/// go, since an exception kept alive keeps the plugin's code loaded.
/// </summary>
/// <param name="pluginId">The plugin.</param>
/// <param name="version">The plugin version that threw.</param>
/// <param name="message">What was called and what it threw.</param>
/// <param name="innerException">The plugin's exception, when the guard caught one.</param>
public sealed class PluginFaultException(string pluginId, string version, string message, Exception? innerException) : Exception(message, innerException)
{
    /// <summary>The plugin.</summary>
    public string PluginId { get; } = pluginId;

    /// <summary>The plugin version that threw.</summary>
    public string Version { get; } = version;
}
