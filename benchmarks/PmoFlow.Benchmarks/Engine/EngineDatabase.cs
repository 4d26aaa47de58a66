using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PmoFlow.Core.Customers;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Core.Services;
using PmoFlow.Core.Surveys;
using PmoFlow.Hosting;
using PmoFlow.Hosting.Engine;

namespace PmoFlow.Benchmarks.Engine;

/// <summary>
/// The engine benchmark's databases: a template built once the way the engine finds services in production
/// (created through <see cref="IPmoEngine.CreateServiceAsync"/>, so they passed gate 1-2 and wait at gate 2-3, then
/// three survey responses each through <see cref="IPmoStore.AddSurveyResponseAsync"/>), copied for every run.
/// </summary>
internal static class EngineDatabase
{
    public const string CustomerId = "exec-1";
    public const string CustomerGroup = "executives";
    public const int ResponsesPerService = 3;

    public static string ServiceId(int i) => $"svc-{i:D6}";

    /// <summary>PmoFlow composed as the CLI composes it, on <paramref name="path"/>.</summary>
    public static ServiceProvider Compose(string path, string synchronous, Action<IServiceCollection>? configure = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["PmoFlow:Storage:ConnectionString"] = $"Data Source={path}",
            ["PmoFlow:Storage:Synchronous"] = synchronous,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddPmoFlow(configuration);
        configure?.Invoke(services);
        return services.BuildServiceProvider();
    }

    /// <summary>Builds the template (not measured); returns the seconds it took.</summary>
    public static async Task<double> CreateTemplateAsync(string path, int count)
    {
        Delete(path);
        var started = Stopwatch.GetTimestamp();
        await using (var provider = Compose(path, "NORMAL"))
        {
            await provider.StartPmoFlowAsync();
            var store = provider.GetRequiredService<IPmoStore>();
            var engine = provider.GetRequiredService<IPmoEngine>();
            var clock = provider.GetRequiredService<TimeProvider>();
            await store.AddCustomerAsync(new PmoCustomer(CustomerId, "CFO office", CustomerGroup, 1m), "bench");
            for (var i = 0; i < count; i++)
            {
                var now = clock.GetUtcNow();
                var service = await engine.CreateServiceAsync(
                    new PmoService(ServiceId(i), $"Service {i}", "Monthly portfolio reports", "Dana Lee", [CustomerId], FlywheelStep.AwarenessBuilding, 1, now, 60, now), "bench");
                if (service.Step != FlywheelStep.NeedsAssessment)
                    throw new InvalidOperationException($"{service.Id} is in {service.Step} after creation; expected NeedsAssessment.");
            }
            for (var i = 0; i < count; i++)
            {
                for (var k = 0; k < ResponsesPerService; k++)
                    await store.AddSurveyResponseAsync(new SurveyResponse($"r-{i}-{k}", ServiceId(i), CustomerGroup, 4, 9, clock.GetUtcNow(), null), "bench");
            }
        }
        SqliteConnection.ClearAllPools();
        using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            connection.Open();
            var pending = Scalar(connection, "SELECT COUNT(*) FROM pending_work");
            var waiting = Scalar(connection, "SELECT COUNT(*) FROM services WHERE step = 2");
            if (pending != count * ResponsesPerService || waiting != count)
                throw new InvalidOperationException($"Template: {pending} pending work items and {waiting} services in step 2; expected {count * ResponsesPerService} and {count}.");
            Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE)");
        }
        SqliteConnection.ClearAllPools();
        return Stopwatch.GetElapsedTime(started).TotalSeconds;
    }

    public static void Copy(string template, string target)
    {
        Delete(target);
        File.Copy(template, target);
    }

    public static void Delete(string path)
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm", "-journal" })
        {
            if (File.Exists(path + suffix)) File.Delete(path + suffix);
        }
    }

    /// <summary>Checks a measured run did what it claims: every service one step on, its approval requested, no work left.</summary>
    public static void VerifyAdvanced(string path, int count, string who)
    {
        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={path}");
        connection.Open();
        var atValueProposition = Scalar(connection, "SELECT COUNT(*) FROM services WHERE step = 3");
        var transitions = Scalar(connection, "SELECT COUNT(*) FROM step_transitions WHERE to_step = 3");
        var approvals = Scalar(connection, "SELECT COUNT(*) FROM approvals WHERE gate = 'gate-3-4' AND status = 'Pending'");
        var passed = Scalar(connection, "SELECT COUNT(*) FROM gate_evaluations WHERE gate = 'gate-2-3' AND outcome = 'Ready'");
        var pending = Scalar(connection, "SELECT COUNT(*) FROM pending_work");
        var bookmarks = Scalar(connection, "SELECT COUNT(*) FROM workflow_bookmarks WHERE name = 'PmoFlow.Approval'");
        if (atValueProposition != count || transitions != count || approvals != count || passed != count || pending != 0 || bookmarks != count)
        {
            throw new InvalidOperationException(
                $"{who}: {atValueProposition} services in step 3, {transitions} transitions, {approvals} approvals, {passed} passing gate-2-3 evaluations, " +
                $"{bookmarks} approval bookmarks, {pending} pending work items; expected {count} of each and no pending work.");
        }
    }

    public static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The benchmark's own SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    public static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
#pragma warning disable CA2100 // The benchmark's own SQL.
        command.CommandText = sql;
#pragma warning restore CA2100
        command.ExecuteNonQuery();
    }
}
