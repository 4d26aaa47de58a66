using PmoFlow.Abstractions.Plugins;

namespace Fixture.BadRules;

internal sealed class BadRulesPlugin : IPmoFlowPlugin
{
    public PluginMetadata Metadata { get; } = new()
    {
        Id = "fixture-bad-rules",
        Name = "Bad rules fixture",
        Version = "1.0.0",
        Industry = "pharma",
        SdkVersion = PluginSdk.Version,
    };
}
