using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Approvals;
using PmoFlow.Core.Engine;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Activities.Pmo;

/// <summary>
/// Asks a role with the decision right for a gate to approve, and waits: a reminder goes out before the due date,
/// an escalation when it passes, and the flow takes Approved or Rejected once the decision is recorded.
/// </summary>
internal sealed class ApprovalActivity : IActivity
{
    public const string BookmarkName = "PmoFlow.Approval";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("PmoFlow.Approval", "PMO", "Ask the role holding the decision right to approve; remind and escalate on time.",
    [
        Describe.Input("Gate", description: "The gate the decision is for, such as gate-3-4."),
        Describe.Input("Role", description: "Who decides; by default the first approver the charter names for the gate."),
        Describe.Input("DueIn", "TimeSpan", "How long the role has (default from the gate thresholds)."),
        Describe.Input("ReminderBefore", "TimeSpan", "How long before the due date to remind (default from the gate thresholds)."),
        Describe.Input("EscalateTo", description: "Who is told when it is overdue.", defaultValue: "pmo-director"),
    ], [Describe.Output("Decision", "Object", "The decision: approvalId, status, decidedBy, comment.")], ports: ["Approved", "Rejected"], kind: ActivityKind.Task);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var gate = await context.GetInputAsync<string>("Gate").ConfigureAwait(false)
            ?? throw new InvalidOperationException($"Approval '{context.ActivityName ?? context.ActivityId}' names no gate.");
        var serviceId = PmoActivityContext.ServiceId(context);
        var store = PmoActivityContext.Store(context);
        var now = PmoActivityContext.Now(context);
        var thresholds = await store.GetThresholdsAsync(context.CancellationToken).ConfigureAwait(false);
        var role = await context.GetInputAsync<string>("Role").ConfigureAwait(false);
        if (string.IsNullOrWhiteSpace(role))
            role = (await store.GetCharterAsync(context.CancellationToken).ConfigureAwait(false)).ApproversOf(gate).FirstOrDefault()
                ?? throw new InvalidOperationException($"The charter gives no role the right to approve {gate}.");
        var due = now + await context.GetInputAsync("DueIn", thresholds.ApprovalDue).ConfigureAwait(false);
        var reminder = due - await context.GetInputAsync("ReminderBefore", thresholds.ApprovalReminderBefore).ConfigureAwait(false);

        var approval = new Approval(PmoIds.New(now), serviceId, gate, role, ApprovalStatus.Pending, now, due, null, null, null, null, null);
        PmoActivityContext.Record(context, PmoEffects.ApprovalRequestedType, new PmoEffects.ApprovalRequested(approval));
        context.Properties["approvalId"] = approval.Id;
        context.Properties["dueAt"] = due.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.Properties["reminderAt"] = reminder.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.Properties["escalateTo"] = await context.GetInputAsync("EscalateTo", "pmo-director").ConfigureAwait(false);
        context.CreateBookmark(new BookmarkRequest(BookmarkName, serviceId, reminder > now ? reminder : due));
    }

    public async ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        var approvalId = context.Properties.GetString("approvalId")!;
        var serviceId = PmoActivityContext.ServiceId(context);
        var approval = await PmoActivityContext.Store(context).FindApprovalAsync(approvalId, context.CancellationToken).ConfigureAwait(false);
        if (approval is { Status: not ApprovalStatus.Pending })
        {
            context.SetOutput("Decision", new Dictionary<string, object?>
            {
                ["approvalId"] = approval.Id, ["status"] = approval.Status.ToString(), ["decidedBy"] = approval.DecidedBy, ["comment"] = approval.Comment,
            });
            context.Complete(approval.Status == ApprovalStatus.Approved ? "Approved" : "Rejected");
            return;
        }

        var now = PmoActivityContext.Now(context);
        var due = DateTimeOffset.Parse(context.Properties.GetString("dueAt")!, System.Globalization.CultureInfo.InvariantCulture);
        var reminder = DateTimeOffset.Parse(context.Properties.GetString("reminderAt")!, System.Globalization.CultureInfo.InvariantCulture);
        var reminded = context.Properties.GetBool("reminded") ?? false;
        var escalated = context.Properties.GetBool("escalated") ?? false;
        if (!escalated && now >= due)
        {
            escalated = true;
            context.Properties["escalated"] = true;
            PmoActivityContext.Record(context, PmoEffects.ApprovalNudgedType, new PmoEffects.ApprovalNudged(approvalId, serviceId, true, context.Properties.GetString("escalateTo"), now));
        }
        else if (!reminded && now >= reminder)
        {
            reminded = true;
            context.Properties["reminded"] = true;
            PmoActivityContext.Record(context, PmoEffects.ApprovalNudgedType, new PmoEffects.ApprovalNudged(approvalId, serviceId, false, null, now));
        }

        DateTimeOffset? next = !reminded && reminder > now ? reminder : !escalated ? due : null;
        context.CreateBookmark(new BookmarkRequest(BookmarkName, serviceId, next));
    }
}
