namespace PmoFlow.Cli.Tests.Support;

/// <summary>One real server (<see cref="ServerProcess"/>) shared by a test class: starting it and seeding the demo takes seconds.</summary>
public sealed class RunningServer : IAsyncLifetime
{
    internal ServerProcess Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await ServerProcess.StartAsync();

    public Task DisposeAsync()
    {
        Server?.Dispose();
        return Task.CompletedTask;
    }
}
