namespace PmoFlow.Plugins;

/// <summary>Where plugins live and how the host treats them (section <c>PmoFlow:Plugins</c>).</summary>
public sealed class PluginOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Plugins";

    /// <summary>
    /// The plugins folder: one subfolder per plugin, each holding a build output with its <c>plugin.json</c>. A
    /// relative path resolves against the application's folder (<see cref="AppContext.BaseDirectory"/>), so a published
    /// app finds <c>plugins/</c> beside itself. Created when missing.
    /// </summary>
    public string Path { get; set; } = "plugins";

    /// <summary>Whether the host loads every plugin in <see cref="Path"/> when it starts.</summary>
    public bool LoadOnStart { get; set; } = true;

    /// <summary>Whether the host watches <see cref="Path"/> and reloads a plugin whose files change.</summary>
    public bool Watch { get; set; } = true;

    /// <summary>How long the folder must stay quiet after a change before the plugin reloads (a copy writes many files).</summary>
    public TimeSpan WatchDebounce { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How long an unload or reload waits for work in progress (leases) and, on reload, for pinned instances before
    /// it returns. The old version keeps draining in the background after that, and unloads when its work ends.
    /// </summary>
    public TimeSpan DrainTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Whether a replaced version stays loaded for the workflow instances pinned to it until they complete (and the
    /// engine unpins them). When false, a reload waits only for work in progress, and pinned instances move to the
    /// new version.
    /// </summary>
    public bool KeepPinnedVersions { get; set; } = true;

    /// <summary>
    /// How long the host waits, collecting garbage, for an unloaded plugin's load context to be collected before it
    /// reports the plugin as stuck.
    /// </summary>
    public TimeSpan UnloadTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Assemblies, by simple name, that plugins get from the host instead of their own copies, besides the SDK and
    /// what it references and the logging abstractions. Add an assembly here when the host hands plugins its types.
    /// </summary>
    public IList<string> SharedAssemblies { get; } = [];
}
