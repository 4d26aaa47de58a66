using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests;

public sealed class ConcurrencyTests
{
    [Fact]
    public async Task ConcurrentWriters_OnOneFile_AllCommit()
    {
        using var first = new SqliteTestDatabase();
        using var second = first.OpenAnother();
        await first.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        await first.Pmo.AddKpiAsync(Sample.Kpi(), "t");
        const int PerWriter = 50;

        // Two compositions (as two processes would) and several tasks each, all writing at once.
        var writers = Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            var store = (w % 2 == 0 ? first : second).Pmo;
            for (var i = 0; i < PerWriter; i++)
                await store.AddObservationAsync(Sample.Observation($"o-{w}-{i}", value: i), $"writer-{w}");
        }));
        var reader = Task.Run(async () =>
        {
            for (var i = 0; i < 20; i++) await second.Pmo.LoadGateContextAsync("s1", "gate-7-8", Sample.T0);
        });
        await Task.WhenAll([.. writers, reader]);

        Assert.Equal(8 * PerWriter, (await first.Pmo.ListObservationsAsync("s1")).Count);
        Assert.Equal(8 * PerWriter + 2, first.Count("audit"));
        Assert.Equal(8 * PerWriter + 2, first.Count("pending_work"));
    }

    [Fact]
    public async Task Runs_AndPlainWritersOnAnotherComposition_AllCommit()
    {
        using var first = new SqliteTestDatabase();
        using var second = first.OpenAnother();
        await first.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        await first.Pmo.AddKpiAsync(Sample.Kpi(), "t");
        var transactions = first.Get<IStoreTransactions>();
        const int PerWriter = 25;

        // Runs of two writes each (as engine passes are) on one composition, single writes on the other, all at once.
        var runs = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
            {
                await transactions.RunAsync(async ct =>
                {
                    await first.Pmo.AddObservationAsync(Sample.Observation($"run-{w}-{i}-a", value: i), $"run-{w}", ct);
                    await first.Pmo.AddObservationAsync(Sample.Observation($"run-{w}-{i}-b", value: i), $"run-{w}", ct);
                    return (await first.Pmo.ListObservationsAsync("s1", ct)).Count;
                });
            }
        }));
        var writers = Enumerable.Range(0, 4).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < PerWriter; i++)
                await second.Pmo.AddObservationAsync(Sample.Observation($"plain-{w}-{i}", value: i), $"writer-{w}");
        }));
        await Task.WhenAll([.. runs, .. writers]);

        Assert.Equal(4 * PerWriter * 3, (await second.Pmo.ListObservationsAsync("s1")).Count);
        Assert.Equal(4 * PerWriter * 3 + 2, first.Count("audit"));
    }
}
