namespace PmoFlow.Server.Dashboard.Summary;

/// <summary>One line of the executive summary: a figure in business language and the records it was computed from.</summary>
/// <param name="Key">A stable name (<c>validated-cost-avoidance-quarter</c>), for links, tests and styling.</param>
/// <param name="Title">What the figure is of ("Validated cost avoidance, 2026-Q4").</param>
/// <param name="Headline">The figure as it is read out ("$2.1M", "NPS 67", "9 of 14").</param>
/// <param name="Statement">The sentence ("$2.1M validated cost avoidance across 4 services this quarter (2026-Q4).").</param>
/// <param name="Amount">The money amount, when the figure is one.</param>
/// <param name="Evidence">The records behind it.</param>
internal sealed record SummaryFigure(string Key, string Title, string Headline, string Statement, decimal? Amount, IReadOnlyList<EvidenceLink> Evidence);
