using PmoFlow.Abstractions.Plugins;

namespace Fixture.OwnContract;

internal sealed class OwnContractPlugin : IPmoFlowPlugin
{
    public PluginMetadata Metadata { get; } = new() { Id = "fixture-own-contract", Name = "Own contract fixture", Version = "1.0.0", SdkVersion = PluginSdk.Version };
}
