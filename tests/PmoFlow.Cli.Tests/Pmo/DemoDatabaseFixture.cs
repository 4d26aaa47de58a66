using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary>One demo database shared by tests that only read it.</summary>
public sealed class DemoDatabaseFixture : IAsyncLifetime
{
    internal PmoDatabase Database { get; private set; } = null!;

    public async Task InitializeAsync() => Database = await PmoDatabase.WithDemoAsync();

    public Task DisposeAsync()
    {
        Database.Dispose();
        return Task.CompletedTask;
    }
}
