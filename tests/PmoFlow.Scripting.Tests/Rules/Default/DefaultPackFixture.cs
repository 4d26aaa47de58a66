using PmoFlow.Scripting.Tests.Rules.Support;

namespace PmoFlow.Scripting.Tests.Rules.Default;

/// <summary>The default pack (workflows/rules) compiled and loaded once for a test class.</summary>
public sealed class DefaultPackFixture : IDisposable
{
    public DefaultPackFixture()
    {
        Engine = new RuleEngine(null, new PackProvider("default", Rule.Default()));
        Engine.Registry.EnsureLoaded();
        var status = Engine.Registry.Packs.Single();
        Assert.True(status.Errors.Count == 0, string.Join("\n", status.Errors));
    }

    internal RuleEngine Engine { get; }

    public void Dispose() => Engine.Dispose();
}
