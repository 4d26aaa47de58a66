using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Abstractions.Plugins;

namespace Fixture.Faulty;

internal sealed class FaultyPlugin : IPmoFlowPlugin
{
    public PluginMetadata Metadata { get; } = new() { Id = "fixture-faulty", Name = "Faulty fixture", Version = "1.0.0", SdkVersion = PluginSdk.Version };

    public void ConfigureServices(IServiceCollection services) => throw new InvalidOperationException("The faulty fixture refuses to configure its services.");
}
