using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using PmoFlow.Plugins.Catalog;

namespace PmoFlow.Plugins.Tests.Support;

internal static class TestCatalog
{
    public static PluginOptions Options(PluginFolder folder, Action<PluginOptions>? configure = null)
    {
        var options = new PluginOptions
        {
            Path = folder.Root,
            DrainTimeout = TimeSpan.FromSeconds(20),
            UnloadTimeout = TimeSpan.FromSeconds(20),
            WatchDebounce = TimeSpan.FromMilliseconds(200),
        };
        configure?.Invoke(options);
        return options;
    }

    public static PluginCatalog Create(PluginFolder folder, Action<PluginOptions>? configure = null) =>
        new(Microsoft.Extensions.Options.Options.Create(Options(folder, configure)), TimeProvider.System, NullLoggerFactory.Instance);

    /// <summary>Polls until the plugin's info satisfies <paramref name="condition"/> (retirements finish in the background).</summary>
    public static async Task<PluginInfo> WaitForAsync(this PluginCatalog catalog, string pluginId, Func<PluginInfo, bool> condition, int seconds = 30)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var info = catalog.Find(pluginId);
            if (info is not null && condition(info)) return info;
            if (DateTime.UtcNow > deadline) Assert.Fail($"Timed out waiting for {pluginId}: {Describe(info)}");
            await Task.Delay(50);
        }
    }

    public static string Describe(PluginInfo? info) =>
        info is null ? "unknown" : $"{info.State} {info.Version} error={info.Error} versions=[{string.Join("; ", info.Versions.Select(v => $"{v.Version}#{v.Generation} {v.State} leases={v.Leases} pins={v.PinnedInstances.Count} {v.Error}"))}]";

    internal static IOptions<PluginOptions> AsOptions(this PluginOptions options) => Microsoft.Extensions.Options.Options.Create(options);
}
