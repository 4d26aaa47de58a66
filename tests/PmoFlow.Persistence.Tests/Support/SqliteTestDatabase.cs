using Dapper;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Definitions;
using PmoFlow.Persistence.Instances;
using PmoFlow.Persistence.Migrations;
using PmoFlow.Workflows;

namespace PmoFlow.Persistence.Tests.Support;

/// <summary>The SQLite store as <c>UseSqlite</c> composes it, on a temp database file deleted afterwards.</summary>
internal sealed class SqliteTestDatabase : IDisposable
{
    private readonly ServiceProvider _services;
    private readonly bool _ownsFile;

    public SqliteTestDatabase(ManualTimeProvider? clock = null, bool withWorkflows = false, string? path = null, IDictionary<string, string?>? settings = null)
    {
        _ownsFile = path is null;
        Path = path ?? System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pmoflow-test-{Guid.NewGuid():N}.db");
        Clock = clock ?? new ManualTimeProvider();
        var values = new Dictionary<string, string?> { ["PmoFlow:Storage:ConnectionString"] = $"Data Source={Path}" };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        Configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(Clock).AddSingleton(new Workflows.Instances.WorkflowOutput(Output));
        if (withWorkflows) services.AddPmoFlowWorkflows();
        services.UseSqlite(Configuration);
        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string Path { get; }

    public ManualTimeProvider Clock { get; }

    public IConfiguration Configuration { get; }

    public StringWriter Output { get; } = new();

    public IPmoStore Pmo => Get<IPmoStore>();

    public SqliteWorkflowInstanceStore Instances => Get<SqliteWorkflowInstanceStore>();

    public SqliteWorkflowDefinitionStore Definitions => Get<SqliteWorkflowDefinitionStore>();

    public SqliteMigrator Migrator => Get<SqliteMigrator>();

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    /// <summary>A second composition on the same file, as a second process would have.</summary>
    public SqliteTestDatabase OpenAnother() => new(Clock, path: Path);

    /// <summary>Reads the file directly, bypassing the stores.</summary>
    public List<T> Query<T>(string sql, object? param = null)
    {
        using var connection = new SqliteConnection($"Data Source={Path}");
        connection.Open();
        return connection.Query<T>(sql, param).AsList();
    }

    public long Count(string table) => Query<long>($"SELECT COUNT(*) FROM {table}")[0];

    public void Dispose()
    {
        _services.Dispose();
        if (!_ownsFile) return;
        // Pooled connections keep the file open; release them before deleting.
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
            File.Delete(Path + suffix);
    }
}
