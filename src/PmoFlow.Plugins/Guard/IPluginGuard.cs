using PmoFlow.Plugins.Leases;

namespace PmoFlow.Plugins.Guard;

/// <summary>
/// Runs plugin code for other components (the activity runtime, the rule engine). An exception from the plugin
/// marks the plugin version faulted with its error, so it takes no new work, and comes back as a
/// <see cref="PluginFaultException"/>: the caller fails that one piece of work and the host keeps serving.
/// Cancellation through the given token is not a fault.
/// </summary>
public interface IPluginGuard
{
    /// <summary>Takes a lease (pinning <paramref name="instanceId"/> if given), runs <paramref name="work"/> on it, releases it.</summary>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="instanceId">The workflow instance the work is for, if any.</param>
    /// <param name="operation">What is being called, for the error (<c>activity Pharma.BatchRelease</c>).</param>
    /// <param name="work">The call into the plugin.</param>
    /// <param name="cancellationToken">Cancels the work; a cancellation is not a fault.</param>
    ValueTask RunAsync(string pluginId, string? instanceId, string operation, Func<PluginLease, ValueTask> work, CancellationToken cancellationToken = default);

    /// <summary>Takes a lease (pinning <paramref name="instanceId"/> if given), runs <paramref name="work"/> on it, releases it.</summary>
    /// <param name="pluginId">The plugin.</param>
    /// <param name="instanceId">The workflow instance the work is for, if any.</param>
    /// <param name="operation">What is being called, for the error.</param>
    /// <param name="work">The call into the plugin.</param>
    /// <param name="cancellationToken">Cancels the work; a cancellation is not a fault.</param>
    ValueTask<TResult> RunAsync<TResult>(string pluginId, string? instanceId, string operation, Func<PluginLease, ValueTask<TResult>> work, CancellationToken cancellationToken = default);

    /// <summary>Runs <paramref name="work"/> on a lease the caller holds (a rule engine evaluating a pack many times).</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="operation">What is being called, for the error (<c>rule construction-hse/trir</c>).</param>
    /// <param name="work">The call into the plugin.</param>
    /// <param name="cancellationToken">Cancels the work; a cancellation is not a fault.</param>
    ValueTask<TResult> RunAsync<TResult>(PluginLease lease, string operation, Func<PluginLease, ValueTask<TResult>> work, CancellationToken cancellationToken = default);

    /// <summary>Runs synchronous <paramref name="work"/> on a lease the caller holds.</summary>
    /// <param name="lease">The lease.</param>
    /// <param name="operation">What is being called, for the error.</param>
    /// <param name="work">The call into the plugin.</param>
    TResult Run<TResult>(PluginLease lease, string operation, Func<PluginLease, TResult> work);

    /// <summary>
    /// Marks the lease's version faulted for a failure the caller found itself, in plugin code the host runs on the
    /// plugin's behalf: a rule from the plugin's rule pack, compiled and run by the rule engine, that threw or would
    /// not compile. The plugin takes no new work until it is reloaded, exactly as if the guard had caught it.
    /// </summary>
    /// <param name="lease">A lease on the version that failed.</param>
    /// <param name="operation">What failed, for the error (<c>rule construction-hse/trir</c>).</param>
    /// <param name="error">What went wrong, as text (a plugin's exception kept by the host would keep its code loaded).</param>
    /// <returns>The exception the guard would have thrown, for the caller to log or throw.</returns>
    PluginFaultException ReportFault(PluginLease lease, string operation, string error);
}
