using System.Reflection;
using PmoFlow.Abstractions.Plugins;
using PmoFlow.Core.Gates;
using PmoFlow.Plugins.Loading;

namespace PmoFlow.Plugins.Tests.Architecture;

public sealed class ArchitectureTests
{
    [Fact]
    public void Plugins_ReferencesNoPmoFlowProjectButTheSdk()
    {
        var references = typeof(PluginOptions).Assembly.GetReferencedAssemblies().Select(a => a.Name!).Where(n => n.StartsWith("PmoFlow.", StringComparison.Ordinal));
        Assert.Equal(["PmoFlow.Abstractions"], references);
    }

    [Fact]
    public void GateThresholdNames_AreTheDomainsThresholds()
    {
        var names = typeof(GateThresholdNames).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetRawConstantValue()!).Order(StringComparer.Ordinal);
        var properties = typeof(GateThresholds).GetProperties().Select(p => p.Name).Order(StringComparer.Ordinal);
        Assert.Equal(properties, names);
    }

    [Fact]
    public void SharedAssemblies_AreTheSdkAndWhatItExposes()
    {
        var shared = SharedAssemblies.Create([]);
        Assert.Equal("PmoFlow.Abstractions", SharedAssemblies.ContractName);
        foreach (var name in new[] { "PmoFlow.Abstractions", "Microsoft.Extensions.DependencyInjection.Abstractions", "Microsoft.Extensions.Logging.Abstractions", "System.Text.Json" })
            Assert.True(shared.TryGet(name, out _), name);
        Assert.False(shared.TryGet("Newtonsoft.Json", out _));
    }
}
