namespace PmoFlow.Plugins.Catalog;

/// <summary>Where a plugin is in its lifecycle.</summary>
public enum PluginState
{
    /// <summary>Found in the plugins folder, not loaded yet.</summary>
    Discovered,

    /// <summary>Loaded and serving.</summary>
    Active,

    /// <summary>Its code threw while loading, or inside an activity or rule; it takes no new work until reloaded.</summary>
    Faulted,

    /// <summary>
    /// Not loaded because of what it is, before any of its code ran: an invalid manifest, an incompatible SDK, a
    /// copy of the SDK in its folder, a missing or circular dependency.
    /// </summary>
    Refused,

    /// <summary>Unloading: waiting for its work in progress to finish.</summary>
    Draining,

    /// <summary>Unloaded, and its load context was collected.</summary>
    Unloaded,

    /// <summary>Unloaded, but its load context was not collected in time: something still holds it (see the error).</summary>
    Stuck,
}
