namespace PmoFlow.Persistence.Pmo.Rows;

/// <summary>A gate's data as rows, by part (<see cref="GateRows"/>).</summary>
internal sealed class GateParts
{
    public List<ServiceRow> Service { get; } = [];
    public List<SettingRow> Settings { get; } = [];
    public List<KpiRow> Kpis { get; } = [];
    public List<ObservationRow> Observations { get; } = [];
    public List<BenefitRow> Benefits { get; } = [];
    public List<BenefitPeriodRow> Periods { get; } = [];
    public List<SurveyRow> Surveys { get; } = [];
    public List<ApprovalRow> Approvals { get; } = [];
    public List<WaiverRow> Waivers { get; } = [];
    public List<ValueStatementRow> Statements { get; } = [];
}
