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
}
