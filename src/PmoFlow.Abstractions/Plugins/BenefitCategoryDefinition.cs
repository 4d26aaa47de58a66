using PmoFlow.Abstractions.Rules;

namespace PmoFlow.Abstractions.Plugins;

/// <summary>A benefit category in an industry's words.</summary>
/// <param name="Name">The category name benefits use, such as <c>incident-cost-avoided</c>.</param>
/// <param name="DisplayName">The name shown to users.</param>
/// <param name="CountsAs">
/// The standard category it is counted as, the same <see cref="BenefitCategory"/> rules read on a benefit (cost
/// avoidance is counted at a discount at gate 9→10).
/// </param>
/// <param name="Description">What belongs in it.</param>
public sealed record BenefitCategoryDefinition(string Name, string DisplayName, BenefitCategory CountsAs, string? Description = null);
