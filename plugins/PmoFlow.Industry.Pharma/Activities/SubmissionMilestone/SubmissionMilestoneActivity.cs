using System.Globalization;
using System.Text.Json.Nodes;
using PmoFlow.Abstractions.Activities;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.Pharma.Activities.SubmissionMilestone;

/// <summary>
/// Waits for a regulatory submission milestone: its due date comes from the milestone's clock (or is given), and
/// the flow takes Reached when the milestone is recorded (resume the bookmark with <c>reachedOn</c> and an optional
/// <c>reference</c>), or Overdue when the due date passes first. Without a due date it waits for the record alone.
/// </summary>
internal sealed class SubmissionMilestoneActivity(TimeProvider clock) : IActivity
{
    public const string TypeName = "Pharma.SubmissionMilestone";
    public const string BookmarkName = TypeName;
    public const string Reached = "Reached";
    public const string Overdue = "Overdue";

    public ActivityDescriptor Descriptor { get; } = new()
    {
        TypeName = TypeName,
        Namespace = "Pharma",
        Name = "SubmissionMilestone",
        DisplayName = "Submission Milestone",
        Category = "Pharma (GxP)",
        Kind = ActivityKind.Task,
        Description = "Wait for a regulatory submission milestone against its statutory clock; take Reached when it is recorded, Overdue when its due date passes first.",
        Inputs =
        [
            new InputDescriptor { Name = "Submission", DisplayName = "Submission", Order = 0,
                Description = "The submission, such as 'NDA 215123' or 'IND 178004'." },
            new InputDescriptor { Name = "Milestone", DisplayName = "Milestone", Order = 1, UIHint = "dropdown", DefaultValue = RegulatoryClocks.Custom,
                Description = "The milestone; those with a statutory or PDUFA clock get their due date from the clock start.",
                UISpecifications = new Dictionary<string, object?>
                {
                    ["items"] = RegulatoryClocks.Milestones.Select(m => new Dictionary<string, object?> { ["text"] = m.Text, ["value"] = m.Key }).ToArray(),
                } },
            new InputDescriptor { Name = "ClockStart", TypeName = "DateTimeOffset", DisplayName = "Clock start", Order = 2,
                Description = "When the clock started: the authority's receipt of the submission (the CHMP opinion for an EU decision)." },
            new InputDescriptor { Name = "DueDate", TypeName = "DateTimeOffset", DisplayName = "Due date", Order = 3,
                Description = "Optional: a due date that replaces the clock's, such as a goal date the authority communicated." },
            new InputDescriptor { Name = "ReachedOn", TypeName = "DateTimeOffset", DisplayName = "Reached on", Order = 4,
                Description = "Optional: when the milestone was already met; the activity then completes at once." },
        ],
        Outputs =
        [
            new OutputDescriptor { Name = "DueDate", TypeName = "DateTimeOffset", DisplayName = "Due date", Description = "The due date in force, if any." },
            new OutputDescriptor { Name = "DaysLate", TypeName = "Int32", DisplayName = "Days late",
                Description = "Calendar days after the due date the milestone was reached (negative: early), or is overdue by." },
            new OutputDescriptor { Name = "Record", TypeName = "Object",
                Description = "submission, milestone, dueDate, reachedOn, daysLate, reference: for the submission log." },
            new OutputDescriptor { Name = "Findings", TypeName = "String", Description = "Inputs that could not be read, if any." },
        ],
        Ports = [new PortDescriptor(Reached, "Reached"), new PortDescriptor(Overdue, "Overdue")],
    };

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = new ActivityInputs(context);
        var submission = await inputs.TextAsync("Submission") ?? "";
        var milestone = await inputs.TextAsync("Milestone") ?? RegulatoryClocks.Custom;
        var clockStart = await inputs.DateAsync("ClockStart");
        var due = await inputs.DateAsync("DueDate") ?? (clockStart is { } start ? RegulatoryClocks.DueFrom(milestone, start) : null);
        var reachedOn = await inputs.DateAsync("ReachedOn");
        if (inputs.Problems.Count > 0) context.SetOutput("Findings", string.Join("; ", inputs.Problems));

        var state = new MilestoneState(submission, milestone, due);
        state.WriteTo(context.Properties);
        context.SetOutput("DueDate", due);
        if (reachedOn is { } reached)
        {
            Finish(context, state, reached, reference: null);
            return;
        }
        var now = clock.GetUtcNow();
        if (due is { } dueDate && dueDate <= now)
        {
            Late(context, state, now);
            return;
        }
        Wait(context, state);
    }

    public ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(bookmark);
        var state = MilestoneState.ReadFrom(context.Properties);
        var reachedText = Text(bookmark.Input, "reachedOn");
        if (reachedText is not null)
        {
            if (ActivityInputs.TryParseDate(reachedText, out var reached))
            {
                Finish(context, state, reached, Text(bookmark.Input, "reference"));
                return ValueTask.CompletedTask;
            }
            context.SetOutput("Findings", $"reachedOn '{reachedText}' is not a date; still waiting for the milestone");
        }
        var now = clock.GetUtcNow();
        if (state.Due is { } due && due <= now) Late(context, state, now);
        else Wait(context, state);
        return ValueTask.CompletedTask;
    }

    private static void Wait(IActivityExecutionContext context, MilestoneState state) =>
        context.CreateBookmark(new BookmarkRequest(BookmarkName, $"{state.Submission}/{state.Milestone}", state.Due, state.ToJson()));

    private static void Finish(IActivityExecutionContext context, MilestoneState state, DateTimeOffset reached, string? reference)
    {
        var daysLate = state.Due is { } due ? CalendarDays(due, reached) : (int?)null;
        Output(context, state, reached, daysLate, reference);
        context.Complete(Reached);
    }

    private static void Late(IActivityExecutionContext context, MilestoneState state, DateTimeOffset now)
    {
        Output(context, state, null, CalendarDays(state.Due!.Value, now), null);
        context.Complete(Overdue);
    }

    private static void Output(IActivityExecutionContext context, MilestoneState state, DateTimeOffset? reached, int? daysLate, string? reference)
    {
        context.SetOutput("DaysLate", daysLate);
        context.SetOutput("Record", new Dictionary<string, object?>
        {
            ["submission"] = state.Submission,
            ["milestone"] = state.Milestone,
            ["dueDate"] = state.Due?.ToString("O", CultureInfo.InvariantCulture),
            ["reachedOn"] = reached?.ToString("O", CultureInfo.InvariantCulture),
            ["daysLate"] = daysLate,
            ["reference"] = reference,
        });
    }

    // Regulatory clocks count calendar days, whatever the time of day.
    private static int CalendarDays(DateTimeOffset from, DateTimeOffset to) => (to.UtcDateTime.Date - from.UtcDateTime.Date).Days;

    private static string? Text(JsonObject? json, string name) =>
        json?[name] is JsonValue value && value.TryGetValue<string>(out var text) && !string.IsNullOrWhiteSpace(text) ? text : null;
}
