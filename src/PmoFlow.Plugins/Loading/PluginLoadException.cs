using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// A plugin could not be loaded. <see cref="State"/> says whether it was refused before any of its code ran (a bad
/// manifest, an incompatible SDK, a copy of the contract) or faulted while its code ran.
/// </summary>
internal sealed class PluginLoadException(PluginState state, string message) : Exception(message)
{
    public PluginState State { get; } = state;

    /// <summary>The half-built generation, when the plugin's assemblies were already loading: it must be unloaded.</summary>
    public PluginGeneration? Generation { get; init; }
}
