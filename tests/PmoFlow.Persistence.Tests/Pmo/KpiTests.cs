using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class KpiTests
{
    [Fact]
    public async Task KpisAndObservations_RoundTrip_OldestObservationFirst()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        var kpi = Sample.Kpi();
        var bare = kpi with { Id = "k2", Name = "spi", Baseline = null, Target = null, TargetDate = null, Owner = null };
        await db.Pmo.AddKpiAsync(kpi, "t");
        await db.Pmo.AddKpiAsync(bare, "t");
        var later = Sample.Observation("o1", day: 5);
        var earlier = Sample.Observation("o2", "k2", -0.000001m, day: 1) with { EvidenceLink = null };

        await db.Pmo.AddObservationAsync(later, "feed");
        await db.Pmo.AddObservationAsync(earlier, "feed");

        Assert.Equal([kpi, bare], await db.Pmo.ListKpisAsync("s1"));
        Assert.Equal([earlier, later], await db.Pmo.ListObservationsAsync("s1"));
        Assert.Equal(-0.000001m, (await db.Pmo.ListObservationsAsync("s1"))[0].Value);
    }

    [Fact]
    public async Task AddObservation_AuditsAndQueuesInTheSameTransaction()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        await db.Pmo.AddKpiAsync(Sample.Kpi(), "t");
        db.Clock.Advance(TimeSpan.FromHours(1));

        await db.Pmo.AddObservationAsync(Sample.Observation(), "feed");

        var audit = (await db.Pmo.ListAuditAsync("s1")).Select(a => (a.Action, a.Actor)).ToArray();
        Assert.Equal([("service.created", "t"), ("kpi.added", "t"), ("observation.recorded", "feed")], audit);
        var work = await db.Pmo.ListPendingWorkAsync(10);
        Assert.Equal(["service.created", "kpi.added", "observation.recorded"], work.Select(w => w.Reason));
        Assert.Equal(Sample.T0.AddHours(1), work[^1].CreatedAt);
    }

    [Fact]
    public async Task UnknownOrDuplicateIds_NameTheField()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        await db.Pmo.AddKpiAsync(Sample.Kpi(), "t");
        await db.Pmo.AddObservationAsync(Sample.Observation(), "t");

        var noService = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddKpiAsync(Sample.Kpi("k9", "ghost"), "t"));
        var noKpi = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddObservationAsync(Sample.Observation("o9", "ghost"), "t"));
        var dupKpi = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddKpiAsync(Sample.Kpi(), "t"));
        var dupObservation = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddObservationAsync(Sample.Observation(), "t"));

        Assert.Equal(("serviceId", true), (noService.Field, noService.IsNotFound));
        Assert.Equal(("kpiId", true), (noKpi.Field, noKpi.IsNotFound));
        Assert.Equal(("id", false), (dupKpi.Field, dupKpi.IsNotFound));
        Assert.Equal(("id", false), (dupObservation.Field, dupObservation.IsNotFound));
        Assert.Equal(3, db.Count("audit"));
    }
}
