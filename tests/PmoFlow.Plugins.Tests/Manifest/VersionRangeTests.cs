using PmoFlow.Plugins.Manifest;

namespace PmoFlow.Plugins.Tests.Manifest;

public sealed class VersionRangeTests
{
    [Theory]
    [InlineData("1.0", "1.0", true)]
    [InlineData("1.0", "0.9", false)]
    [InlineData("1.0", "7.3.1", true)]
    [InlineData("[1.0,2.0)", "1.9.9", true)]
    [InlineData("[1.0,2.0)", "2.0", false)]
    [InlineData("[1.0,2.0]", "2.0.0.0", true)]
    [InlineData("(1.0,2.0)", "1.0", false)]
    [InlineData("[1.2]", "1.2.0", true)]
    [InlineData("[1.2]", "1.2.1", false)]
    [InlineData("(,2.0]", "0.1", true)]
    [InlineData("[1.0,)", "99.0", true)]
    public void Contains_FollowsNuGetIntervalNotation(string range, string version, bool expected)
    {
        Assert.True(VersionRange.TryParse(range, out var parsed, out var error), error);
        Assert.True(PluginVersions.TryParse(version, out var v, out _));
        Assert.Equal(expected, parsed.Contains(v));
    }

    [Theory]
    [InlineData("")]
    [InlineData("[1.0")]
    [InlineData("(1.0)")]
    [InlineData("[,]")]
    [InlineData("[2.0,1.0]")]
    [InlineData("[1.0,2.0,3.0]")]
    [InlineData("1.0-beta")]
    [InlineData("one")]
    public void TryParse_RefusesWhatIsNotARange(string text)
    {
        Assert.False(VersionRange.TryParse(text, out _, out var error));
        Assert.False(string.IsNullOrEmpty(error));
    }

    [Fact]
    public void Versions_CompareWithMissingPartsAsZero()
    {
        Assert.True(PluginVersions.TryParse("1", out var one, out _));
        Assert.True(PluginVersions.TryParse("1.0.0.0", out var full, out _));
        Assert.Equal(one, full);
        Assert.Equal("1.0.0", PluginVersions.Format(one));
    }
}
