using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using PmoFlow.Core.Ports;
using PmoFlow.Persistence.Sqlite;
using PmoFlow.Persistence.Tests.Support;
using PmoFlow.Workflows.Runtime.State;
using static PmoFlow.Persistence.Tests.Support.EffectsHarness;

namespace PmoFlow.Persistence.Tests.Instances;

public sealed class EffectTests
{
    private static async Task<SqliteTestDatabase> WithServiceAsync()
    {
        var db = new SqliteTestDatabase();
        await db.Pmo.AddServiceAsync(Sample.Service("s1"), "t");
        return db;
    }

    [Fact]
    public async Task Save_AppliesEveryEffect_WithTheState_AndStoresNoEffects()
    {
        using var db = await WithServiceAsync();
        var work = (await db.Pmo.ListPendingWorkAsync(1))[0];
        var state = Instance("i1", "s1");
        state.PendingEffects.AddRange(
        [
            TestEffects.GateEvaluated(TestEffects.Evaluation("e1", outcome: GateOutcome.Ready)),
            TestEffects.StepEntered("s1", 1, FlywheelStep.AwarenessBuilding, FlywheelStep.NeedsAssessment, hour: 2, evaluationId: "e1"),
            TestEffects.ApprovalRequested(Sample.Approval("a1", hour: 3)),
            TestEffects.Nudged("a1", "s1", escalated: false, hour: 4),
            TestEffects.Nudged("a1", "s1", escalated: true, hour: 5),
            TestEffects.SurveyOpened("s1"),
            TestEffects.WorkDone(work.Id),
        ]);

        await db.Instances.SaveAsync(state);

        Assert.Empty(state.PendingEffects);
        Assert.DoesNotContain("pendingEffects\":[{", db.Query<string>("SELECT state FROM workflow_instances")[0], StringComparison.Ordinal);
        var service = await db.Pmo.FindServiceAsync("s1");
        Assert.Equal((FlywheelStep.NeedsAssessment, 1, Sample.T0.AddHours(2)), (service!.Step, service.Turn, service.StepEnteredAt));
        var history = Assert.Single(await db.Pmo.GetHistoryAsync("s1"));
        Assert.Equal(("e1", FlywheelStep.AwarenessBuilding), (history.GateEvaluationId, history.From));
        Same.Equal(TestEffects.Evaluation("e1", outcome: GateOutcome.Ready), Assert.Single(await db.Pmo.ListGateEvaluationsAsync("s1", "gate-5-6")));
        Assert.Empty(await db.Pmo.ListGateEvaluationsAsync("s1", "gate-1-2"));
        var approval = await db.Pmo.FindApprovalAsync("a1");
        Assert.Equal((ApprovalStatus.Pending, Sample.T0.AddHours(4), Sample.T0.AddHours(5)), (approval!.Status, approval.RemindedAt, approval.EscalatedAt));
        Assert.Empty(await db.Pmo.ListPendingWorkAsync(10));
        var engine = (await db.Pmo.ListAuditAsync("s1")).Where(a => a.Actor == "engine").Select(a => a.Action);
        Assert.Equal(["gate.evaluated", "step.entered", "approval.requested", "approval.reminded", "approval.escalated", "survey.opened"], engine);
    }

    [Fact]
    public async Task Save_DuplicateStepEntered_FailsLoudly_AndCommitsNothing()
    {
        using var db = await WithServiceAsync();
        await CommitAsync(db, TestEffects.StepEntered("s1", 1, null, FlywheelStep.AwarenessBuilding));
        var auditBefore = db.Count("audit");
        var workBefore = db.Count("pending_work");
        var workId = (await db.Pmo.ListPendingWorkAsync(1))[0].Id;

        // The same transition again, in the middle of a save that carries other effects and a new state.
        var state = Instance("i1", "s1", WorkflowStatus.Suspended, Bookmark("b1", "Elsa.Event", "go"));
        state.PendingEffects.AddRange(
        [
            TestEffects.GateEvaluated(TestEffects.Evaluation("e2")),
            TestEffects.StepEntered("s1", 1, null, FlywheelStep.AwarenessBuilding, hour: 9),
            TestEffects.WorkDone(workId),
        ]);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Instances.SaveAsync(state));

        Assert.Contains("processed twice", error.Message, StringComparison.Ordinal);
        Assert.Null(await db.Instances.FindAsync("i1"));
        Assert.Equal(0, db.Count("workflow_bookmarks"));
        Assert.Empty(await db.Pmo.ListGateEvaluationsAsync("s1"));
        Assert.Equal((auditBefore, workBefore), (db.Count("audit"), db.Count("pending_work")));
        Assert.Equal(Sample.T0.AddHours(1), (await db.Pmo.FindServiceAsync("s1"))!.StepEnteredAt);
        Assert.Equal(3, state.PendingEffects.Count);
    }

    [Fact]
    public async Task Save_UnknownEffectTypeOrService_Throws_NeverDrops()
    {
        using var db = await WithServiceAsync();
        var unknownType = Instance("i1");
        unknownType.PendingEffects.Add(TestEffects.Of("pmo.unheard-of", new { x = 1 }));
        var unknownService = Instance("i2");
        unknownService.PendingEffects.Add(TestEffects.StepEntered("ghost", 1, null, FlywheelStep.AwarenessBuilding));

        var typeError = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Instances.SaveAsync(unknownType));
        var serviceError = await Assert.ThrowsAsync<PmoDataException>(() => db.Instances.SaveAsync(unknownService));

        Assert.Contains("pmo.unheard-of", typeError.Message, StringComparison.Ordinal);
        Assert.Equal(("serviceId", true), (serviceError.Field, serviceError.IsNotFound));
        Assert.Equal(0, db.Count("workflow_instances"));
    }

    [Fact]
    public async Task NextTurn_EntersTheSameStepAgain_WithoutConflict()
    {
        using var db = await WithServiceAsync();

        await CommitAsync(db, TestEffects.StepEntered("s1", 1, null, FlywheelStep.AwarenessBuilding, hour: 1));
        await CommitAsync(db, TestEffects.StepEntered("s1", 1, FlywheelStep.AwarenessBuilding, FlywheelStep.ValueRecognition, hour: 2));
        await CommitAsync(db, TestEffects.StepEntered("s1", 2, FlywheelStep.ValueRecognition, FlywheelStep.AwarenessBuilding, hour: 3));

        Assert.Equal([(1, FlywheelStep.AwarenessBuilding), (1, FlywheelStep.ValueRecognition), (2, FlywheelStep.AwarenessBuilding)],
            (await db.Pmo.GetHistoryAsync("s1")).Select(h => (h.Turn, h.To)));
        Assert.Equal(2, (await db.Pmo.FindServiceAsync("s1"))!.Turn);
    }

    [Fact]
    public async Task StepEntered_FromAStepTheServiceIsNoLongerIn_IsStale_AndCommitsNothing()
    {
        using var db = await WithServiceAsync();
        await CommitAsync(db, TestEffects.StepEntered("s1", 1, FlywheelStep.AwarenessBuilding, FlywheelStep.NeedsAssessment));
        var state = Instance("i1");
        state.PendingEffects.Add(TestEffects.StepEntered("s1", 1, FlywheelStep.ValueProposition, FlywheelStep.ServiceDevelopment, hour: 3));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => db.Instances.SaveAsync(state));

        Assert.Contains("is in NeedsAssessment, not ValueProposition", error.Message, StringComparison.Ordinal);
        Assert.Equal(FlywheelStep.NeedsAssessment, (await db.Pmo.FindServiceAsync("s1"))!.Step);
        Assert.Single(await db.Pmo.GetHistoryAsync("s1"));
    }

    [Fact]
    public async Task Save_EffectsHoldingTheirRecords_WriteTheSameRowsAsEffectsParsedFromJson()
    {
        var rows = new List<string>();
        foreach (var held in new[] { false, true })
        {
            using var db = await WithServiceAsync();
            var work = await db.Pmo.ListPendingWorkAsync(10);
            var state = Instance("i1", "s1");
            WorkflowEffect[] effects =
            [
                TestEffects.GateEvaluated(TestEffects.Evaluation("e1", outcome: GateOutcome.Ready)),
                TestEffects.StepEntered("s1", 1, FlywheelStep.AwarenessBuilding, FlywheelStep.NeedsAssessment, hour: 2, evaluationId: "e1"),
                TestEffects.ApprovalRequested(Sample.Approval("a1", hour: 3)),
                TestEffects.Nudged("a1", "s1", escalated: true, hour: 4),
                TestEffects.SurveyOpened("s1"),
                .. work.Select(w => TestEffects.WorkDone(w.Id)),
            ];
            state.PendingEffects.AddRange(held ? effects.Select(TestEffects.Held) : effects);

            await db.Instances.SaveAsync(state);

            rows.Add(string.Join("\n",
                db.Query<string>("SELECT id || service_id || gate || turn || evaluated_at || outcome || clauses || input_snapshot || evaluator FROM gate_evaluations")
                    .Concat(db.Query<string>("SELECT service_id || turn || from_step || to_step || at || gate_evaluation_id FROM step_transitions"))
                    .Concat(db.Query<string>("SELECT id || role || status || requested_at || due_at || escalated_at || escalated_to FROM approvals"))
                    .Concat(db.Query<string>("SELECT id || at || actor || action || details FROM audit WHERE actor = 'engine' ORDER BY id"))
                    .Concat(db.Query<string>("SELECT 'work ' || COUNT(*) FROM pending_work"))));
        }
        Assert.Equal(rows[0], rows[1]);
        Assert.Contains("work 0", rows[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_ManyAuditEntriesAndWorkItems_WritesThemAllInOrder_AndSkipsWorkAlreadyGone()
    {
        using var db = await WithServiceAsync();
        for (var i = 0; i < 40; i++) await db.Pmo.QueueWorkAsync("s1", $"change {i}");
        var work = await db.Pmo.ListPendingWorkAsync(100);
        await db.Pmo.CompleteWorkAsync(work[5].Id);
        var state = Instance("i1", "s1");
        // 41 audit entries, more than one statement carries, and 41 work items, one of them gone already.
        state.PendingEffects.Add(TestEffects.Held(TestEffects.ApprovalRequested(Sample.Approval("a1"))));
        state.PendingEffects.AddRange(Enumerable.Range(0, 40).Select(h => TestEffects.Held(TestEffects.Nudged("a1", "s1", escalated: false, hour: h))));
        state.PendingEffects.AddRange(work.Select(w => TestEffects.Held(TestEffects.WorkDone(w.Id))));
        var auditBefore = db.Count("audit");

        await db.Instances.SaveAsync(state);

        Assert.Equal(0, db.Count("pending_work"));
        Assert.Equal(auditBefore + 41, db.Count("audit"));
        var reminded = db.Query<string>("SELECT at FROM audit WHERE action = 'approval.reminded' ORDER BY id");
        Assert.Equal(Enumerable.Range(0, 40).Select(h => Db.Time(Sample.T0.AddHours(h))), reminded);
    }
}
