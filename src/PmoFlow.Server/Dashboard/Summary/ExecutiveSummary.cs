namespace PmoFlow.Server.Dashboard.Summary;

/// <summary>The executive summary of the PMO's value, as of a moment of the PMO's clock.</summary>
/// <param name="Quarter">"This quarter" ("2026-Q4").</param>
/// <param name="FiscalYear">This fiscal year.</param>
/// <param name="AsOf">When it was computed, in the PMO's time zone.</param>
/// <param name="Figures">The figures, benefits first.</param>
internal sealed record ExecutiveSummary(string Quarter, int FiscalYear, DateTimeOffset AsOf, IReadOnlyList<SummaryFigure> Figures);
