using System.Globalization;
using System.Text.Json.Nodes;
using PmoFlow.Industry.Shared;

namespace PmoFlow.Industry.Pharma.Activities.SubmissionMilestone;

/// <summary>What a waiting milestone keeps in the instance state between its start and its resume.</summary>
internal sealed record MilestoneState(string Submission, string Milestone, DateTimeOffset? Due)
{
    public void WriteTo(JsonObject properties)
    {
        properties["submission"] = Submission;
        properties["milestone"] = Milestone;
        properties["dueDate"] = Due?.ToString("O", CultureInfo.InvariantCulture);
    }

    public static MilestoneState ReadFrom(JsonObject properties) => new(
        Read(properties, "submission") ?? "",
        Read(properties, "milestone") ?? RegulatoryClocks.Custom,
        Read(properties, "dueDate") is { } due && ActivityInputs.TryParseDate(due, out var date) ? date : null);

    public JsonObject ToJson()
    {
        var json = new JsonObject();
        WriteTo(json);
        return json;
    }

    private static string? Read(JsonObject properties, string name) =>
        properties[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;
}
