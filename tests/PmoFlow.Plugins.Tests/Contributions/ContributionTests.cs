using PmoFlow.Plugins.Contributions;
using PmoFlow.Plugins.Tests.Support;

namespace PmoFlow.Plugins.Tests.Contributions;

public sealed class ContributionTests
{
    [Fact]
    public async Task Contributions_AreHostOwnedCopies_AndChangeWithTheCatalog()
    {
        using var folder = new PluginFolder();
        folder.Add(Fixtures.Good);
        await using var catalog = TestCatalog.Create(folder);
        var token = catalog.GetChangeToken();
        var fired = 0;
        using var registration = token.RegisterChangeCallback(_ => fired++, null);

        await catalog.LoadAllAsync();

        Assert.Equal(1, fired);
        var contribution = Assert.Single(catalog.Current);
        // Nothing here may be of a plugin type: the plugin's collection expressions became host arrays.
        Assert.All(contribution.Activities, a => Assert.IsType<PluginActivity>(a));
        Assert.False(contribution.Profile!.Kpis.GetType().IsCollectible);
        Assert.False(contribution.Activities[0].Descriptor.Inputs.GetType().IsCollectible);
        Assert.False(contribution.Activities.Single(a => a.Descriptor.Name == "Echo").Descriptor.Outputs.GetType().IsCollectible);
        Assert.False(contribution.Profile.GateThresholds.GetType().IsCollectible);
    }
}
