using PmoFlow.Core.Flywheel;
using PmoFlow.Persistence.Sqlite;
using PmoFlow.Persistence.Tests.Support;

namespace PmoFlow.Persistence.Tests.Sqlite;

/// <summary>The store's own Dapper-like layer over prepared commands: it must bind and read as Dapper did.</summary>
public sealed class DbSessionTests
{
    [Fact]
    public async Task Execute_BindsEnumsAsNumbers_NullsAsNull_AndASequenceOncePerItem()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        var database = db.Get<SqliteDatabase>();

        var inserted = await database.WriteAsync(s => s.Execute(
            "INSERT INTO step_transitions (service_id, turn, from_step, to_step, at, gate_evaluation_id, waiver_id) VALUES (@ServiceId, @Turn, @From, @To, @At, NULL, NULL)",
            new[] { FlywheelStep.NeedsAssessment, FlywheelStep.ValueProposition }.Select((to, i) =>
                new { ServiceId = "s1", Turn = 1, From = i == 0 ? (FlywheelStep?)null : FlywheelStep.NeedsAssessment, To = to, At = Db.Time(Sample.T0), Unused = "not in the SQL" })), default);

        Assert.Equal(2, inserted);
        Assert.Equal([(null, 2L), (2L, 3L)], db.Query<(long?, long)>("SELECT from_step, to_step FROM step_transitions ORDER BY seq"));
    }

    [Fact]
    public async Task Reads_ConvertValues_AndRefuseTwoRowsForASingle()
    {
        using var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        await db.Pmo.AddServiceAsync(Sample.Service("s2"), "t");
        var database = db.Get<SqliteDatabase>();

        // Twice each: the second run reuses the command prepared by the first.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(2, await database.ReadAsync(s => s.Scalar<int>("SELECT COUNT(*) FROM services"), default));
            Assert.Equal((int?)1, await database.ReadAsync(s => s.QuerySingleOrDefault<int?>("SELECT step FROM services WHERE id = @Id", new { Id = "s1" }), default));
            Assert.Null(await database.ReadAsync(s => s.QuerySingleOrDefault<string>("SELECT name FROM services WHERE id = @Id", new { Id = "none" }), default));
            Assert.Equal(["s1", "s2"], await database.ReadAsync(s => s.Query<string>("SELECT id FROM services ORDER BY id"), default));
        }
        await Assert.ThrowsAsync<InvalidOperationException>(() => database.ReadAsync(s => s.QuerySingleOrDefault<string>("SELECT id FROM services"), default));
    }
}
