using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Pmo;

public sealed class SurveyAndValueTests
{
    [Fact]
    public async Task SurveyResponses_RoundTrip_OldestFirst_AndBadScoresAreRefused()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        var later = Sample.Survey("r1");
        var earlier = Sample.Survey("r2", csat: null, nps: 0) with { RespondedAt = Sample.T0, Comment = null };

        await db.Pmo.AddSurveyResponseAsync(later, "survey-tool");
        await db.Pmo.AddSurveyResponseAsync(earlier, "survey-tool");

        Assert.Equal([earlier, later], await db.Pmo.ListSurveyResponsesAsync("s1"));
        Assert.Equal("csat", (await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddSurveyResponseAsync(Sample.Survey("r3", csat: 6), "t"))).Field);
        Assert.Equal("nps", (await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddSurveyResponseAsync(Sample.Survey("r3", nps: 11), "t"))).Field);
        Assert.True((await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddSurveyResponseAsync(Sample.Survey("r3", "ghost"), "t"))).IsNotFound);
        Assert.Equal(2, (await db.Pmo.ListAuditAsync("s1")).Count(a => a.Action == "survey.responded"));
    }

    [Fact]
    public async Task ValueStatements_NewestFirst_PmoWideOnesQueueNothing()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service(), "t");
        var workBefore = db.Count("pending_work");
        var older = Sample.Statement("v1", "s1", day: 1);
        var pmoWide = Sample.Statement("v2", null, day: 2) with { Amount = null, Unit = null, EvidenceLinks = [] };
        var newer = Sample.Statement("v3", "s1", day: 3);

        await db.Pmo.AddValueStatementAsync(older, "pmo");
        await db.Pmo.AddValueStatementAsync(pmoWide, "pmo");
        await db.Pmo.AddValueStatementAsync(newer, "pmo");

        Same.Equal(new[] { newer, pmoWide, older }, await db.Pmo.ListValueStatementsAsync(null));
        Same.Equal(new[] { newer, older }, await db.Pmo.ListValueStatementsAsync("s1"));
        Assert.Equal(workBefore + 2, db.Count("pending_work"));
        Assert.Equal(3, (await db.Pmo.ListAuditAsync(null)).Count(a => a.Action == "value.published"));
        Assert.Equal("2100000.00", db.Query<string>("SELECT amount FROM value_statements WHERE id = 'v1'")[0]);
        var unknown = await Assert.ThrowsAsync<PmoDataException>(() => db.Pmo.AddValueStatementAsync(Sample.Statement("v4", "ghost"), "pmo"));
        Assert.Equal(("serviceId", true), (unknown.Field, unknown.IsNotFound));
    }
}
