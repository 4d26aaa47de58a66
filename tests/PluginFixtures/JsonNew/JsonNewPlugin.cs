using PmoFlow.Abstractions.Plugins;

namespace Fixture.JsonNew;

internal sealed class JsonNewPlugin : IPmoFlowPlugin
{
    public PluginMetadata Metadata { get; } = new() { Id = "fixture-json-new", Name = "Newtonsoft.Json 13.0.3 fixture", Version = "1.0.0", SdkVersion = PluginSdk.Version };
}
