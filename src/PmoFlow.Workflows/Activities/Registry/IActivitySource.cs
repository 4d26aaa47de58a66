using Microsoft.Extensions.Primitives;
using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Workflows.Activities.Registry;

/// <summary>
/// Activity types that come and go while the host runs, such as the activities of loaded plugins. The registry
/// reads <see cref="Activities"/> again whenever the change token fires, so the palette and new workflow runs see
/// the change; built-in activities keep their type names (a source's activity with a built-in's name is ignored).
/// </summary>
public interface IActivitySource
{
    /// <summary>The activities the source offers now.</summary>
    IReadOnlyList<IActivity> Activities { get; }

    /// <summary>Fires when <see cref="Activities"/> changes.</summary>
    IChangeToken GetChangeToken();
}
