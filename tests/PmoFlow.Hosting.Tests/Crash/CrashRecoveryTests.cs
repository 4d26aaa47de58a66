using Microsoft.Data.Sqlite;
using PmoFlow.Core.Flywheel;
using PmoFlow.Hosting.Tests.Support;
using Xunit.Abstractions;

namespace PmoFlow.Hosting.Tests.Crash;

/// <summary>
/// A child process runs the engine on a SQLite file while 200 services advance; it is killed with SIGKILL at
/// random moments (twice per run), then restarted until every service arrives. Whatever moment the kill hit,
/// every service must end with a complete history, no transition recorded twice, at the expected step.
/// </summary>
public sealed class CrashRecoveryTests(ITestOutputHelper output)
{
    private const int Services = 200;
    private const int Runs = 20;
    private static readonly FlywheelStep Expected = FlywheelStep.ServiceMonitoring;

    [Fact]
    public async Task KilledAtRandomMoments_EveryServiceEndsCompleteAndExactlyOnce()
    {
        var seed = Environment.GetEnvironmentVariable("PMOFLOW_CRASH_SEED") is { } s ? int.Parse(s, System.Globalization.CultureInfo.InvariantCulture) : Environment.TickCount;
        output.WriteLine($"seed {seed} (set PMOFLOW_CRASH_SEED to replay)");
        var random = new Random(seed);
        var killedMidway = 0;

        for (var run = 1; run <= Runs; run++)
        {
            var database = Path.Combine(Path.GetTempPath(), $"pmoflow-crash-{Guid.NewGuid():N}.db");
            try
            {
                var atKill = new List<long>();
                for (var kill = 0; kill < 2; kill++)
                {
                    using var host = CrashHostProcess.Start(database, Services);
                    await host.Ready.WaitAsync(TimeSpan.FromMinutes(1));
                    await Task.Delay(random.Next(0, 1500));
                    host.Kill();
                    atKill.Add(Count(database, "step_transitions"));
                }
                if (atKill.Any(n => n > 0 && n < Services * (int)Expected)) killedMidway++;

                using (var last = CrashHostProcess.Start(database, Services))
                {
                    await last.Done.WaitAsync(TimeSpan.FromMinutes(3));
                    Assert.Equal(0, await last.WaitForExitAsync(TimeSpan.FromMinutes(1)));
                }

                await VerifyAsync(database);
                output.WriteLine($"run {run}: transitions at the kills {string.Join(", ", atKill)}; all {Services} services complete");
            }
            finally
            {
                PmoTestServices.DeleteDatabase(database);
            }
        }

        // The kills must have hit services mid-flight, or this proved nothing.
        Assert.True(killedMidway >= Runs / 2, $"only {killedMidway} of {Runs} runs were killed while services were advancing");
    }

    private static async Task VerifyAsync(string database)
    {
        await using var pmo = await PmoTestServices.StartAsync(database);
        var expectedSteps = Flywheel.Steps.Where(s => s <= Expected).ToArray();
        for (var i = 1; i <= Services; i++)
        {
            var id = $"svc-{i:000}";
            var service = await pmo.Store.FindServiceAsync(id);
            Assert.NotNull(service);
            Assert.Equal(Expected, service.Step);
            var history = await pmo.Store.GetHistoryAsync(id);
            Assert.Equal(expectedSteps, history.Select(t => t.To));
            Assert.Equal(expectedSteps.Select(s => s == FlywheelStep.AwarenessBuilding ? (FlywheelStep?)null : s - 1), history.Select(t => t.From));
            var audited = (await pmo.Store.ListAuditAsync(id)).Count(a => a.Action == "step.entered");
            Assert.Equal(expectedSteps.Length, audited);
        }
    }

    private static long Count(string database, string table)
    {
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = $name";
        exists.Parameters.AddWithValue("$name", table);
        if ((long)exists.ExecuteScalar()! == 0) return 0;
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT count(*) FROM {table}";
        return (long)command.ExecuteScalar()!;
    }
}
