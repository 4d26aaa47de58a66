using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Ports;
using PmoFlow.Hosting.Engine;
using PmoFlow.Hosting.Tests.Support;

namespace PmoFlow.Hosting.Tests.Rules;

/// <summary>PmoFlow composed as the server composes it, with rule settings of the test's own, on a temporary SQLite file.</summary>
internal sealed class RuleHost : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string _database;

    private readonly bool _ownsDatabase;

    private RuleHost(ServiceProvider provider, string database, bool ownsDatabase, ManualClock clock)
    {
        _provider = provider;
        _database = database;
        _ownsDatabase = ownsDatabase;
        Clock = clock;
    }

    public string Database => _database;

    public ManualClock Clock { get; }

    public IPmoStore Store => _provider.GetRequiredService<IPmoStore>();

    public IPmoEngine Engine => _provider.GetRequiredService<IPmoEngine>();

    public IServiceProvider Services => _provider;

    /// <summary>Starts PmoFlow on <paramref name="database"/> (a restart: the caller deletes it), or on a new file this host deletes.</summary>
    public static async Task<RuleHost> StartAsync(Dictionary<string, string?>? settings = null, string? database = null)
    {
        var ownsDatabase = database is null;
        database ??= Path.Combine(Path.GetTempPath(), $"pmoflow-rules-{Guid.NewGuid():N}.db");
        var clock = new ManualClock();
        var values = new Dictionary<string, string?> { ["PmoFlow:Storage:ConnectionString"] = $"Data Source={database}" };
        foreach (var (key, value) in settings ?? []) values[key] = value;
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddPmoFlow(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.StartPmoFlowAsync();
        return new RuleHost(provider, database, ownsDatabase, clock);
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_ownsDatabase) PmoTestServices.DeleteDatabase(_database);
    }
}
