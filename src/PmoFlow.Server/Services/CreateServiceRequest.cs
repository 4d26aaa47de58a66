using PmoFlow.Server.Common;

namespace PmoFlow.Server.Services;

/// <summary>A new PMO service. Every field is nullable so a missing one is reported by name rather than as a JSON error.</summary>
internal sealed record CreateServiceRequest(string? Id, string? Name, string? Description, string? Sponsor, IReadOnlyList<string>? CustomerIds, int? TargetUsers)
{
    /// <summary>The validated fields, or null after recording what is wrong in <paramref name="errors"/>.</summary>
    public ServiceDraft? Validate(RequestErrors errors)
    {
        var id = errors.Id("id", Id, required: false);
        var name = errors.Text("name", Name);
        var description = errors.Text("description", Description, 2000, required: false) ?? "";
        var sponsor = errors.Text("sponsor", Sponsor);
        var targetUsers = errors.Required("targetUsers", TargetUsers);
        // Onboarding measures its share of target users (gate 5→6), so zero would make that gate unpassable.
        errors.Range("targetUsers", targetUsers, 1, 10_000_000);

        var customerIds = new List<string>();
        if (CustomerIds is null || CustomerIds.Count == 0) errors.Add("customerIds", "'customerIds' needs at least one customer: every service has customers.");
        else
        {
            for (var i = 0; i < CustomerIds.Count; i++)
            {
                var customerId = errors.Id($"customerIds[{i}]", CustomerIds[i]);
                if (customerId is null) continue;
                if (customerIds.Contains(customerId, StringComparer.Ordinal)) errors.Add($"customerIds[{i}]", $"Customer '{customerId}' is listed twice.");
                else customerIds.Add(customerId);
            }
        }
        return errors.HasErrors ? null : new ServiceDraft(id, name!, description, sponsor!, customerIds, targetUsers!.Value);
    }
}

/// <summary>A validated <see cref="CreateServiceRequest"/>; <see cref="Id"/> is null when the server is to derive it from the name.</summary>
internal sealed record ServiceDraft(string? Id, string Name, string Description, string Sponsor, IReadOnlyList<string> CustomerIds, int TargetUsers);
