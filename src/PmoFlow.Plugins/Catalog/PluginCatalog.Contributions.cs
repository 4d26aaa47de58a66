using Microsoft.Extensions.Primitives;
using PmoFlow.Plugins.Contributions;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog : IPluginContributions
{
    private readonly Lock _publishing = new();
    private IReadOnlyList<PluginContribution> _contributions = [];
    private CancellationTokenSource _changes = new();

    public IReadOnlyList<PluginContribution> Current => Volatile.Read(ref _contributions);

    public IChangeToken GetChangeToken() => new CancellationChangeToken(Volatile.Read(ref _changes).Token);

    /// <summary>Rebuilds the list from every slot's current version and fires the change token.</summary>
    private void Publish()
    {
        CancellationTokenSource previous;
        lock (_publishing)
        {
            var list = new List<PluginContribution>();
            foreach (var slot in _slots.Values.OrderBy(s => s.Id, StringComparer.Ordinal))
            {
                lock (slot.Sync)
                {
                    if (slot.Current is { Contribution: { } contribution } current)
                        list.Add(current.Faulted ? contribution with { State = PluginState.Faulted } : contribution);
                }
            }
            Volatile.Write(ref _contributions, list);
            // The old source is cancelled and left to the collector: a consumer may still be registering on its token.
            previous = Interlocked.Exchange(ref _changes, new CancellationTokenSource());
        }
        previous.Cancel();
    }
}
