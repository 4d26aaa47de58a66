namespace PmoFlow.Core.Customers;

/// <summary>A PMO customer: a sponsor, executive, project manager or business unit.</summary>
/// <param name="Id">The id.</param>
/// <param name="Name">The name.</param>
/// <param name="Group">The customer group surveys are reported by (executives, project managers...).</param>
/// <param name="RelevanceWeight">How much this customer's view counts, 0 to 1.</param>
public sealed record PmoCustomer(string Id, string Name, string Group, decimal RelevanceWeight);
