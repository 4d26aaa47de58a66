using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class SettingsTests
{
    [Fact]
    public async Task Get_NeverSet_ReturnsTheDefaults()
    {
        using var db = new SqliteTestDatabase();

        var charter = await db.Pmo.GetCharterAsync();
        var baseline = await db.Pmo.GetBaselineAsync();
        var thresholds = await db.Pmo.GetThresholdsAsync();

        Assert.Equal("PMO services across the portfolio", charter.Mandate.Scope);
        Assert.Equal(["sponsor"], charter.ApproversOf("gate-3-4").Where(r => r == "sponsor"));
        Assert.True(charter.RightOf("sponsor", "gate-10-1")?.CanApprove);
        Assert.Null(charter.RightOf("sponsor", "gate-5-6"));
        Assert.True(charter.RightOf("pmo-director", "gate-7-8") is { CanApprove: true, CanWaive: true });
        Assert.Equal((2, "general"), (baseline.OpdMaturityStage, baseline.IndustryProfile));
        Assert.Equal(new GateThresholds(), thresholds);
    }

    [Fact]
    public async Task Set_RoundTrips_AuditsAndQueuesEveryService()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "tester");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "Resource management"), "tester");
        var charter = new PmoCharter(new Mandate("Digital programmes", "board"), [new DecisionRight("cio", ["gate-5-6"], true, false)], ["deliver value"]);
        var baseline = new OrganizationalBaseline(["grow"], "collaborative", 3, "matrix", "pharma");
        var thresholds = new GateThresholds { OnboardedShare = 0.85m, ObservationMaxAge = TimeSpan.FromDays(30), MinimumResponses = 5 };
        var queuedBefore = db.Count("pending_work");

        await db.Pmo.SetCharterAsync(charter, "admin");
        await db.Pmo.SetBaselineAsync(baseline, "admin");
        await db.Pmo.SetThresholdsAsync(thresholds, "admin");

        Same.Equal(charter, await db.Pmo.GetCharterAsync());
        Same.Equal(baseline, await db.Pmo.GetBaselineAsync());
        Assert.Equal(thresholds, await db.Pmo.GetThresholdsAsync());
        var audit = await db.Pmo.ListAuditAsync(null);
        Assert.Equal(["charter.updated", "baseline.updated", "thresholds.updated"], audit.Skip(2).Select(a => a.Action));
        Assert.All(audit.Skip(2), a => Assert.Equal("admin", a.Actor));
        Assert.Equal(queuedBefore + 6, db.Count("pending_work"));
    }

    [Fact]
    public async Task Settings_ChangedByAnotherProcess_AreSeen_ByGetAndByTheGateContext()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "tester");
        Assert.Equal(3, (await db.Pmo.LoadGateContextAsync("s1", "gate-2-3", Sample.T0))!.Thresholds.MinimumResponses);
        Assert.Equal(3, (await db.Pmo.GetThresholdsAsync()).MinimumResponses);

        using (var other = db.OpenAnother())
            await other.Pmo.SetThresholdsAsync(new GateThresholds { MinimumResponses = 7 }, "admin");

        Assert.Equal(7, (await db.Pmo.LoadGateContextAsync("s1", "gate-2-3", Sample.T0))!.Thresholds.MinimumResponses);
        Assert.Equal(7, (await db.Pmo.GetThresholdsAsync()).MinimumResponses);
    }

    [Fact]
    public async Task SetBaseline_MaturityOutOfRange_IsRefused()
    {
        using var db = new SqliteTestDatabase();
        var error = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.SetBaselineAsync(new OrganizationalBaseline([], "", 6, "", "general"), "admin"));
        Assert.Equal(("opdMaturityStage", false), (error.Field, error.IsNotFound));
    }
}
