using PmoFlow.Abstractions.Rules;

namespace PmoFlow.Abstractions.Plugins;

/// <summary>A KPI an industry tracks.</summary>
/// <param name="Name">The KPI name services use, such as <c>trir</c> (total recordable incident rate).</param>
/// <param name="Unit">The unit (<c>%</c>, <c>per 200k hours</c>, <c>days</c>, <c>USD</c>...).</param>
/// <param name="Direction">Which way the KPI should move: the same <see cref="GoodDirection"/> rules read on a KPI series.</param>
/// <param name="Description">What it measures and how, for the people who report it.</param>
public sealed record KpiDefinition(string Name, string Unit, GoodDirection Direction, string? Description = null);
