using Microsoft.Extensions.Primitives;

namespace PmoFlow.Plugins.Contributions;

/// <summary>
/// What the loaded plugins bring, for the components that use it: the activity registry (palette and runtime), the
/// rule engine, profiles and reports. The list is replaced whenever a plugin loads, reloads, unloads or faults;
/// watch <see cref="GetChangeToken"/> to refresh.
/// </summary>
public interface IPluginContributions
{
    /// <summary>One entry per plugin with a current version, by plugin id.</summary>
    IReadOnlyList<PluginContribution> Current { get; }

    /// <summary>Fires when <see cref="Current"/> changes.</summary>
    IChangeToken GetChangeToken();
}
