using Microsoft.Extensions.Primitives;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Plugins.Contributions;
using PmoFlow.Workflows.Activities.Registry;

namespace PmoFlow.Hosting.Plugins;

/// <summary>
/// The loaded plugins' activities, for the activity registry: the designer palette and the runtime. They are the
/// plugin host's guarded stand-ins, so running one leases (and pins the instance to) a plugin version, and a throwing
/// plugin faults its plugin and the instance, never the host. A faulted plugin's activities stay listed and fail with
/// the fault until it is reloaded.
/// </summary>
internal sealed class PluginActivitySource(IPluginContributions contributions) : IActivitySource
{
    public IReadOnlyList<IActivity> Activities => [.. contributions.Current.SelectMany(c => c.Activities)];

    public IChangeToken GetChangeToken() => contributions.GetChangeToken();
}
