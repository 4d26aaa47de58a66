using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Hosting;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Cli.Tests.Support;

/// <summary>A SQLite file in a folder of its own, optionally holding the demo PMO, for the PMO commands' <c>--db</c>.</summary>
internal sealed class PmoDatabase : IDisposable
{
    private PmoDatabase()
    {
        Folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"pmoflow-cli-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        Path = System.IO.Path.Combine(Folder, "pmoflow.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public static PmoDatabase Empty() => new();

    /// <summary>A database holding the demo PMO, seeded the way the server seeds it on first start.</summary>
    public static async Task<PmoDatabase> WithDemoAsync()
    {
        var database = new PmoDatabase();
        await database.UseAsync(async services =>
        {
            foreach (var task in services.GetServices<IStartupTask>()) await task.RunAsync(CancellationToken.None);
        }, demo: true);
        return database;
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the database through the same composition root the CLI uses, plus the demo seed
    /// (off unless <paramref name="demo"/>), with <paramref name="settings"/> on top (a rule folder, say).
    /// </summary>
    public async Task UseAsync(Func<IServiceProvider, Task> work, bool demo = false, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?>
        {
            ["PmoFlow:Storage:DataFolder"] = Folder,
            ["PmoFlow:Storage:FileName"] = System.IO.Path.GetFileName(Path),
            ["PmoFlow:Demo:Enabled"] = demo ? "true" : "false",
            // Where the CLI keeps the compiled rules for this database (beside it), not the test's working folder.
            ["PmoFlow:Rules:CacheFolder"] = System.IO.Path.Combine(Folder, "rule-packs"),
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) values[key] = value;
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        await using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging()
            .AddPmoFlow(configuration).AddPmoFlowDemo(configuration).BuildServiceProvider();
        await services.StartPmoFlowAsync(CancellationToken.None);
        await work(services);
    }

    /// <summary>Runs <c>pmoflow</c> in-process on this database.</summary>
    public Task<(int ExitCode, string Output, string Error)> RunAsync(params string[] args) => CliRunner.InvokeAsync([.. args, "--db", Path]);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }
}
