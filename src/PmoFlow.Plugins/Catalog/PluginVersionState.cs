namespace PmoFlow.Plugins.Catalog;

/// <summary>Where one loaded version of a plugin is in its lifecycle.</summary>
public enum PluginVersionState
{
    /// <summary>The current version: new work gets it.</summary>
    Active,

    /// <summary>It threw; it takes no new work.</summary>
    Faulted,

    /// <summary>Replaced or unloaded, finishing the work and pinned instances it still has.</summary>
    Draining,

    /// <summary>Gone: its load context was collected.</summary>
    Unloaded,

    /// <summary>Unloaded, but its load context was not collected in time.</summary>
    Stuck,
}
