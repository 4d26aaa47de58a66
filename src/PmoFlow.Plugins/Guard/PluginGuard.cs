using PmoFlow.Plugins.Catalog;
using PmoFlow.Plugins.Leases;
using PmoFlow.Plugins.Loading;

namespace PmoFlow.Plugins.Guard;

internal sealed class PluginGuard(PluginCatalog catalog) : IPluginGuard
{
    public async ValueTask RunAsync(string pluginId, string? instanceId, string operation, Func<PluginLease, ValueTask> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(work);
        using var lease = catalog.Acquire(pluginId, instanceId);
        try
        {
            await work(lease).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFault(ex, cancellationToken))
        {
            throw catalog.MarkFaulted(lease, $"{operation} threw {PluginErrors.Describe(ex)}", ex);
        }
    }

    public async ValueTask<TResult> RunAsync<TResult>(string pluginId, string? instanceId, string operation, Func<PluginLease, ValueTask<TResult>> work, CancellationToken cancellationToken = default)
    {
        using var lease = catalog.Acquire(pluginId, instanceId);
        return await RunAsync(lease, operation, work, cancellationToken).ConfigureAwait(false);
    }

    public async ValueTask<TResult> RunAsync<TResult>(PluginLease lease, string operation, Func<PluginLease, ValueTask<TResult>> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return await work(lease).ConfigureAwait(false);
        }
        catch (Exception ex) when (IsFault(ex, cancellationToken))
        {
            throw catalog.MarkFaulted(lease, $"{operation} threw {PluginErrors.Describe(ex)}", ex);
        }
    }

    public TResult Run<TResult>(PluginLease lease, string operation, Func<PluginLease, TResult> work)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentNullException.ThrowIfNull(work);
        try
        {
            return work(lease);
        }
        catch (Exception ex) when (IsFault(ex, CancellationToken.None))
        {
            throw catalog.MarkFaulted(lease, $"{operation} threw {PluginErrors.Describe(ex)}", ex);
        }
    }

    public PluginFaultException ReportFault(PluginLease lease, string operation, string error)
    {
        ArgumentNullException.ThrowIfNull(lease);
        ArgumentException.ThrowIfNullOrEmpty(operation);
        ArgumentException.ThrowIfNullOrEmpty(error);
        return catalog.MarkFaulted(lease, $"{operation} failed: {error}", exception: null);
    }

    // Asking a version for something it lacks is the caller's problem, and a cancelled run is nobody's.
    private static bool IsFault(Exception ex, CancellationToken cancellationToken) =>
        ex is not PluginUnavailableException && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested);
}
