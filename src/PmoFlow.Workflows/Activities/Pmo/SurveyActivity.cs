using PmoFlow.Abstractions.Activities;
using PmoFlow.Core.Engine;
using PmoFlow.Workflows.Model;

namespace PmoFlow.Workflows.Activities.Pmo;

/// <summary>Opens a pulse survey to customer groups and waits until enough answers arrive or the deadline passes.</summary>
internal sealed class SurveyActivity : IActivity
{
    public const string BookmarkName = "PmoFlow.Survey";

    public ActivityDescriptor Descriptor { get; } = Describe.Activity("PmoFlow.Survey", "PMO", "Open a pulse survey (CSAT/NPS) to customer groups; wait for a response quota or a deadline.",
    [
        Describe.Input("CustomerGroups", "String[]", "Who is asked; by default every group among the service's customers."),
        Describe.Input("Quota", "Int32", "How many answers are enough (default from the gate thresholds)."),
        Describe.Input("Deadline", "TimeSpan", "How long the pulse stays open.", defaultValue: "14.00:00:00"),
    ], [Describe.Output("Responses", "Int32", "How many answers arrived.")], ports: ["QuotaReached", "DeadlinePassed"], kind: ActivityKind.Task);

    public async ValueTask ExecuteAsync(IActivityExecutionContext context)
    {
        var store = PmoActivityContext.Store(context);
        var serviceId = PmoActivityContext.ServiceId(context);
        var now = PmoActivityContext.Now(context);
        var groups = await context.GetInputAsync<List<string>>("CustomerGroups").ConfigureAwait(false) ?? [];
        if (groups.Count == 0)
        {
            var service = await store.FindServiceAsync(serviceId, context.CancellationToken).ConfigureAwait(false);
            var customers = await store.ListCustomersAsync(context.CancellationToken).ConfigureAwait(false);
            groups = customers.Where(c => service?.CustomerIds.Contains(c.Id) == true).Select(c => c.Group).Distinct().ToList();
        }
        var quota = await context.GetInputAsync<int?>("Quota").ConfigureAwait(false) ?? (await store.GetThresholdsAsync(context.CancellationToken).ConfigureAwait(false)).MinimumResponses;
        var deadline = now + await context.GetInputAsync("Deadline", TimeSpan.FromDays(14)).ConfigureAwait(false);

        PmoActivityContext.Record(context, PmoEffects.SurveyOpenedType, new PmoEffects.SurveyOpened(serviceId, groups, quota, deadline, now));
        context.Properties["openedAt"] = now.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.Properties["deadline"] = deadline.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        context.Properties["quota"] = quota;
        context.Properties["groups"] = new System.Text.Json.Nodes.JsonArray([.. groups.Select(g => (System.Text.Json.Nodes.JsonNode)g)]);
        context.CreateBookmark(new BookmarkRequest(BookmarkName, serviceId, deadline));
    }

    public async ValueTask ResumeAsync(IActivityExecutionContext context, BookmarkInfo bookmark)
    {
        var serviceId = PmoActivityContext.ServiceId(context);
        var openedAt = DateTimeOffset.Parse(context.Properties.GetString("openedAt")!, System.Globalization.CultureInfo.InvariantCulture);
        var deadline = DateTimeOffset.Parse(context.Properties.GetString("deadline")!, System.Globalization.CultureInfo.InvariantCulture);
        var groups = (context.Properties["groups"] as System.Text.Json.Nodes.JsonArray)?.Select(g => g!.GetValue<string>()).ToHashSet(StringComparer.OrdinalIgnoreCase) ?? [];
        var responses = (await PmoActivityContext.Store(context).ListSurveyResponsesAsync(serviceId, context.CancellationToken).ConfigureAwait(false))
            .Count(r => r.RespondedAt >= openedAt && (groups.Count == 0 || groups.Contains(r.CustomerGroup)));
        context.SetOutput("Responses", responses);

        if (responses >= (context.Properties.GetInt("quota") ?? 1)) context.Complete("QuotaReached");
        else if (PmoActivityContext.Now(context) >= deadline) context.Complete("DeadlinePassed");
        else context.CreateBookmark(new BookmarkRequest(BookmarkName, serviceId, deadline));
    }
}
