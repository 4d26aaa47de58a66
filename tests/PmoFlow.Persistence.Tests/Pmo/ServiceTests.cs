using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class ServiceTests
{
    [Fact]
    public async Task AddService_RoundTrips_WithAuditAndPendingWork()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddCustomerAsync(Sample.Customer("c1"), "tester");
        await db.Pmo.AddCustomerAsync(Sample.Customer("c2", "project managers"), "tester");
        var service = Sample.Service("s1", "Portfolio reporting", FlywheelStep.ValueProposition, "c2", "c1");

        await db.Pmo.AddServiceAsync(service, "alice");

        Same.Equal(service, await db.Pmo.FindServiceAsync("s1"));
        Assert.Null(await db.Pmo.FindServiceAsync("nope"));
        Same.Equal(new[] { Sample.Customer("c1"), Sample.Customer("c2", "project managers") }, await db.Pmo.ListCustomersAsync());
        var audit = Assert.Single(await db.Pmo.ListAuditAsync("s1"));
        Assert.Equal(("alice", "service.created", Sample.T0), (audit.Actor, audit.Action, audit.At));
        Assert.Contains("\"Portfolio reporting\"", audit.Details, StringComparison.Ordinal);
        var work = Assert.Single(await db.Pmo.ListPendingWorkAsync(10));
        Assert.Equal(("s1", "service.created"), (work.ServiceId, work.Reason));
    }

    [Fact]
    public async Task AddService_DuplicateOrUnknownCustomer_IsRefusedAndWritesNothing()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "tester");

        var duplicate = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddServiceAsync(Sample.Service("s1"), "tester"));
        var unknown = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddServiceAsync(Sample.Service("s2", "x", FlywheelStep.AwarenessBuilding, "ghost"), "tester"));

        Assert.Equal(("id", false), (duplicate.Field, duplicate.IsNotFound));
        Assert.Equal(("customerIds", true), (unknown.Field, unknown.IsNotFound));
        Assert.Contains("ghost", unknown.Message, StringComparison.Ordinal);
        Assert.Equal(1, db.Count("services"));
        Assert.Equal(1, db.Count("audit"));
        Assert.Equal(1, db.Count("pending_work"));
    }

    [Fact]
    public async Task AddCustomer_Duplicate_IsRefused_AndQueuesNothing()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddCustomerAsync(Sample.Customer("c1"), "tester");
        await db.Pmo.AddServiceAsync(Sample.Service("s1", "A", FlywheelStep.AwarenessBuilding, "c1"), "tester");
        await db.Pmo.CompleteWorkAsync((await db.Pmo.ListPendingWorkAsync(1))[0].Id);

        var error = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddCustomerAsync(Sample.Customer("c1"), "tester"));

        Assert.Equal("id", error.Field);
        Assert.Empty(await db.Pmo.ListPendingWorkAsync(10));
    }

    [Fact]
    public async Task ListServices_FiltersByStepStageAndText_OrderedByName()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1", "Resource management", FlywheelStep.ServiceOnboarding), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2", "portfolio reporting", FlywheelStep.ServiceOperation), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s3", "Methodology", FlywheelStep.ValueDelivery), "t");

        Assert.Equal(["s3", "s2", "s1"], (await db.Pmo.ListServicesAsync(ServiceFilter.All)).Select(s => s.Id));
        Assert.Equal(["s2"], (await db.Pmo.ListServicesAsync(new ServiceFilter(Step: FlywheelStep.ServiceOperation))).Select(s => s.Id));
        Assert.Equal(["s2", "s1"], (await db.Pmo.ListServicesAsync(new ServiceFilter(Stage: CustomerExperienceStage.Deployment))).Select(s => s.Id));
        Assert.Equal(["s2"], (await db.Pmo.ListServicesAsync(new ServiceFilter(Text: "PORTFOLIO"))).Select(s => s.Id));
        Assert.Equal(["s3"], (await db.Pmo.ListServicesAsync(new ServiceFilter(Stage: CustomerExperienceStage.Realization, Text: "every"))).Select(s => s.Id));
    }

    [Fact]
    public async Task ServiceScopedReads_UnknownService_NameTheField()
    {
        using var db = new SqliteTestDatabase();

        var errors = new List<PmoDataException>
        {
            await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.GetHistoryAsync("ghost")),
            await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.ListKpisAsync("ghost")),
            await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.ListBenefitsAsync("ghost")),
            await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.ListGateEvaluationsAsync("ghost")),
            await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.QueueWorkAsync("ghost", "manual")),
        };

        Assert.All(errors, e => Assert.Equal(("serviceId", true), (e.Field, e.IsNotFound)));
        Assert.Null(await db.Pmo.LoadGateContextAsync("ghost", "gate-1-2", Sample.T0));
    }
}
