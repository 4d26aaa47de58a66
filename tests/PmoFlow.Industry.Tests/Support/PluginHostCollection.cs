namespace PmoFlow.Industry.Tests.Support;

/// <summary>The tests that share one host. They run one after another: some set its clock.</summary>
[CollectionDefinition(Name)]
public sealed class PluginHostCollection : ICollectionFixture<PluginHost>
{
    public const string Name = "industry plugins";
}
