using PmoFlow.Abstractions.Plugins;
using PmoFlow.Plugins.Loading;
using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Tests.Loading;

public sealed class SdkCompatibilityTests
{
    [Fact]
    public void CheckCompiled_SameMajorAndNoNewerMinor_IsCompatible()
    {
        Assert.Null(SdkCompatibility.CheckCompiled(PluginSdk.Version));
        Assert.Null(SdkCompatibility.CheckCompiled($"{SdkCompatibility.Host.Major}.0"));
    }

    [Theory]
    [InlineData("0.9")]
    [InlineData("2.0")]
    [InlineData("not a version")]
    public void CheckCompiled_OtherMajorOrGarbage_ExplainsWhy(string compiledAgainst) =>
        Assert.Contains(compiledAgainst, SdkCompatibility.CheckCompiled(compiledAgainst), StringComparison.Ordinal);

    [Fact]
    public void CheckCompiled_NewerMinor_IsRefused() =>
        Assert.NotNull(SdkCompatibility.CheckCompiled($"{SdkCompatibility.Host.Major}.{SdkCompatibility.Host.Minor + 1}"));

    [Fact]
    public void CheckManifest_RangeWithoutTheHost_NamesBoth()
    {
        VersionRange.TryParse("[2.0,3.0)", out var range, out _);
        Assert.Equal($"the plugin requires SDK [2.0,3.0) (plugin.json \"sdk\"), but this host provides SDK {PluginSdk.Version}: use a build of the plugin made for SDK {PluginSdk.Version}",
            SdkCompatibility.CheckManifest(range));
    }
}
