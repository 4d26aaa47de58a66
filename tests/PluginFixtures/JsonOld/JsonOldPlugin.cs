using PmoFlow.Abstractions.Plugins;

namespace Fixture.JsonOld;

internal sealed class JsonOldPlugin : IPmoFlowPlugin
{
    public PluginMetadata Metadata { get; } = new() { Id = "fixture-json-old", Name = "Newtonsoft.Json 12.0.3 fixture", Version = "1.0.0", SdkVersion = PluginSdk.Version };
}
