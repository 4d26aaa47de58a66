using PmoFlow.Core.Benefits;
using PmoFlow.Persistence.Sqlite;

namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A <c>benefit_periods</c> row.</summary>
internal sealed class BenefitPeriodRow
{
    public const string Columns = "benefit_id AS BenefitId, period, planned, actual";

    public string BenefitId { get; init; } = "";
    public string Period { get; init; } = "";
    public string Planned { get; init; } = "0";
    public string? Actual { get; init; }

    public BenefitPeriod ToDomain() => new(Period, Db.ToDecimal(Planned), Db.ToDecimalOrNull(Actual));
}
