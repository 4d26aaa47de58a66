using PmoFlow.Plugins.Loading;

namespace PmoFlow.Plugins.Catalog;

internal sealed partial class PluginCatalog
{
    /// <summary>
    /// Starts retiring a generation on the thread pool: never inline, since callers may hold the slot's lock and
    /// the collection check runs full garbage collections.
    /// </summary>
    private Task StartRetirement(PluginSlot slot, PluginGeneration generation, bool verify) =>
        Task.Run(() => RetireAsync(slot, generation, verify));

    /// <summary>
    /// Waits until a draining version has no work left, disposes its container, unloads its context and, when asked,
    /// checks that the context is collected. Each step drops its references before the next, so nothing here keeps
    /// the context alive while it is being checked.
    /// </summary>
    private async Task RetireAsync(PluginSlot slot, PluginGeneration generation, bool verify)
    {
        try
        {
            await generation.Idle.Task.ConfigureAwait(false);
            var started = _time.GetTimestamp();
            var disposeError = await DisposeServicesAsync(slot.Id, generation).ConfigureAwait(false);
            var handle = generation.ReleaseContext();
            var collected = handle is null || !verify
                || await _verifier.WaitForCollectionAsync(handle, _options.UnloadTimeout, CancellationToken.None).ConfigureAwait(false);
            var report = collected ? null
                : $"did not unload within {_options.UnloadTimeout.TotalSeconds:0.#} s: {UnloadVerifier.DescribeHolders(handle!, 0, 0)}";
            lock (slot.Sync)
            {
                generation.Phase = collected ? PluginVersionState.Unloaded : PluginVersionState.Stuck;
                generation.UnloadedContext = collected ? null : handle;
                if ((report ?? disposeError) is { } error) generation.Error = error;
                if (slot is { Current: null, State: PluginState.Draining })
                {
                    slot.State = collected ? PluginState.Unloaded : PluginState.Stuck;
                    slot.Error = report ?? disposeError;
                }
                slot.TrimRetired();
            }
            if (collected) _logger.PluginUnloaded(slot.Id, generation.Version, generation.Number, _time.GetElapsedTime(started).TotalMilliseconds, verify);
            else _logger.PluginStuck(slot.Id, generation.Version, generation.Number, report!);
        }
        catch (Exception ex)
        {
            _logger.RetirementFailed(ex, slot.Id, generation.Version);
        }
    }

    // Its own method so that the container is referenced only by this method's state, which ends before the unload check.
    private async Task<string?> DisposeServicesAsync(string pluginId, PluginGeneration generation)
    {
        var services = generation.TakeServices();
        if (services is null) return null;
        try
        {
            await services.DisposeAsync().ConfigureAwait(false);
            return null;
        }
        catch (Exception ex)
        {
            _logger.ServicesDisposeFailed(pluginId, generation.Version, PluginErrors.Describe(ex));
            return $"disposing the plugin's services threw {PluginErrors.Describe(ex)}";
        }
    }
}
