using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Ports;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Hosting.Tests.Support;

/// <summary>PmoFlow composed as the server composes it, on a SQLite file of the test's own, without background services.</summary>
internal sealed class PmoTestServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private PmoTestServices(ServiceProvider provider, string database, ManualClock clock)
    {
        _provider = provider;
        Database = database;
        Clock = clock;
    }

    public string Database { get; }

    public ManualClock Clock { get; }

    public IPmoStore Store => _provider.GetRequiredService<IPmoStore>();

    public IPmoEngine Engine => _provider.GetRequiredService<IPmoEngine>();

    public T Get<T>() where T : notnull => _provider.GetRequiredService<T>();

    public static async Task<PmoTestServices> StartAsync(string? database = null, ManualClock? clock = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        database ??= Path.Combine(Path.GetTempPath(), $"pmoflow-test-{Guid.NewGuid():N}.db");
        clock ??= new ManualClock();
        var values = new Dictionary<string, string?> { ["PmoFlow:Storage:ConnectionString"] = $"Data Source={database}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var provider = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(clock)
            .AddPmoFlow(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        await provider.StartPmoFlowAsync();
        return new PmoTestServices(provider, database, clock);
    }

    public async ValueTask DisposeAsync() => await _provider.DisposeAsync();

    public static void DeleteDatabase(string database)
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            if (File.Exists(database + suffix)) File.Delete(database + suffix);
    }
}
