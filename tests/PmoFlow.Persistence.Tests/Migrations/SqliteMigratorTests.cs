using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using PmoFlow.Persistence.Migrations;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Migrations;

public sealed class SqliteMigratorTests
{
    private static readonly string[] Tables =
    [
        "settings", "customers", "services", "step_transitions", "kpis", "observations", "benefits", "benefit_periods", "survey_responses", "approvals",
        "waivers", "value_statements", "gate_evaluations", "audit", "pending_work", "workflow_instances", "workflow_bookmarks", "workflow_definitions", "api_keys",
    ];

    [Fact]
    public async Task MigrateAsync_OnEmptyFile_CreatesTheSchemaAndRecordsEachVersion()
    {
        using var db = new SqliteTestDatabase();

        var applied = await db.Migrator.MigrateAsync();

        Assert.Equal(Enumerable.Range(1, db.Migrator.LatestVersion), applied);
        var tables = db.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'");
        Assert.All(Tables, t => Assert.Contains(t, tables));
        var recorded = db.Query<(long Version, string Name, string AppliedAt)>("SELECT version, name, applied_at FROM schema_migrations ORDER BY version");
        Assert.Equal((1L, "initial"), (recorded[0].Version, recorded[0].Name));
        Assert.Equal("2026-01-05T09:00:00.0000000+00:00", recorded[0].AppliedAt);
        Assert.Equal("wal", db.Query<string>("PRAGMA journal_mode")[0]);
    }

    [Fact]
    public async Task MigrateAsync_Twice_AppliesNothingTheSecondTime()
    {
        using var db = new SqliteTestDatabase();
        await db.Migrator.MigrateAsync();
        await db.Pmo.AddCustomerAsync(Sample.Customer(), "tester");

        using var restarted = db.OpenAnother();
        var again = await restarted.Migrator.MigrateAsync();

        Assert.Empty(again);
        Assert.Equal(db.Migrator.LatestVersion, db.Count("schema_migrations"));
        Assert.Single(await restarted.Pmo.ListCustomersAsync());
    }

    [Fact]
    public async Task MigrateAsync_DatabaseFromANewerBuild_RefusesWithAClearMessage()
    {
        using var db = new SqliteTestDatabase();
        await db.Migrator.MigrateAsync();
        using (var connection = new Microsoft.Data.Sqlite.SqliteConnection($"Data Source={db.Path}"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (999, 'from-the-future', '2030-01-01T00:00:00.0000000+00:00')";
            command.ExecuteNonQuery();
        }

        using var older = db.OpenAnother();
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => older.Migrator.MigrateAsync());
        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer PmoFlow", error.Message, StringComparison.Ordinal);
        // The stores refuse too, rather than writing to a schema they do not understand.
        await Assert.ThrowsAsync<InvalidOperationException>(() => older.Pmo.ListCustomersAsync());
    }

    [Fact]
    public async Task Stores_MigrateOnFirstUse_WithoutTheHost()
    {
        using var db = new SqliteTestDatabase();

        Assert.Empty(await db.Pmo.ListCustomersAsync());

        Assert.Equal(db.Migrator.LatestVersion, db.Count("schema_migrations"));
    }

    [Fact]
    public void MigrationScripts_AreEmbeddedAndNumberedWithoutGaps()
    {
        var all = MigrationScripts.All;
        Assert.NotEmpty(all);
        Assert.Equal(Enumerable.Range(1, all.Count), all.Select(m => m.Version));
        // Money and decimals are TEXT: no column is REAL (comments aside).
        var code = all.SelectMany(m => m.Sql.Split('\n')).Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal));
        Assert.DoesNotContain(code, l => l.Contains(" REAL", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Host_RunsTheMigrationServiceFirst_AndRefusesBadOptions()
    {
        using var db = new SqliteTestDatabase();
        var hosted = db.Get<IEnumerable<IHostedService>>().ToList();
        Assert.IsType<SqliteMigrationService>(hosted[0]);
        await hosted[0].StartAsync(CancellationToken.None);
        Assert.Equal(db.Migrator.LatestVersion, db.Count("schema_migrations"));

        using var bad = new SqliteTestDatabase(settings: new Dictionary<string, string?> { ["PmoFlow:Storage:Synchronous"] = "OFF" });
        var error = Assert.Throws<OptionsValidationException>(() => bad.Get<IOptions<SqliteOptions>>().Value);
        Assert.Contains("NORMAL or FULL", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Options_Defaults_PutTheFileInDataUnderTheCurrentDirectory()
    {
        var options = new SqliteOptions();
        Assert.Equal(("data", "pmoflow.db", "NORMAL", null), (options.DataFolder, options.FileName, options.Synchronous, options.ConnectionString));
        Assert.True(new SqliteOptionsValidator().Validate(null, options).Succeeded);
        Assert.False(new SqliteOptionsValidator().Validate(null, new SqliteOptions { FileName = "a/b.db" }).Succeeded);
        var folder = Path.Combine(Path.GetTempPath(), $"pmoflow-folder-{Guid.NewGuid():N}");
        try
        {
            var factory = new PmoFlow.Persistence.Sqlite.SqliteConnectionFactory(Options.Create(new SqliteOptions { DataFolder = folder }));
            Assert.Equal(Path.Combine(folder, "pmoflow.db"), factory.DatabasePath);
            Assert.True(Directory.Exists(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData(null, "data", "data")]
    [InlineData("Data Source=/srv/pmo/store.db", "data", "/srv/pmo")]
    [InlineData("Data Source=:memory:", "elsewhere", "elsewhere")]
    public void Options_ResolveDataFolder_IsTheDatabaseFilesFolder(string? connectionString, string dataFolder, string expected)
    {
        var options = new SqliteOptions { ConnectionString = connectionString, DataFolder = dataFolder };

        Assert.Equal(Path.GetFullPath(expected), options.ResolveDataFolder());
    }
}
