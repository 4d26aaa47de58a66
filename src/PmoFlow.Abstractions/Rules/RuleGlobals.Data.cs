namespace PmoFlow.Abstractions.Rules;

public abstract partial class RuleGlobals
{
    private RuleApproval? _latestApproval;
    private bool _latestApprovalFound;

    /// <summary>The gate being evaluated (<c>gate-5-6</c>).</summary>
    public string Gate => Context.Gate;

    /// <summary>The engine's clock. Rules never read the machine's clock (the allow-list refuses it), so a replay decides as the original did.</summary>
    public DateTimeOffset Now => Context.Now;

    /// <summary>The service.</summary>
    public RuleService Service => Context.Service;

    /// <summary>The service's own customers.</summary>
    public IReadOnlyList<RuleCustomer> Customers => Context.Customers;

    /// <summary>The service's KPIs with their observations.</summary>
    public IReadOnlyList<KpiSeries> Kpis => Context.Kpis;

    /// <summary>The service's benefits.</summary>
    public BenefitSet Benefits => Context.Benefits;

    /// <summary>Survey answers about the service; <see cref="SurveySet.SinceStepEntered"/> narrows them to the current step.</summary>
    public SurveySet Surveys => Context.Surveys;

    /// <summary>The service's approvals, every gate and turn.</summary>
    public IReadOnlyList<RuleApproval> Approvals => Context.Approvals;

    /// <summary>
    /// The latest approval asked for at this gate since the service entered its current step (a decision from an
    /// earlier turn does not count), if any.
    /// </summary>
    public RuleApproval? LatestApproval
    {
        get
        {
            if (!_latestApprovalFound)
            {
                var entered = Service.StepEnteredAt;
                _latestApproval = Approvals.Where(a => a.Gate == Gate && a.RequestedAt >= entered).MaxBy(a => a.RequestedAt);
                _latestApprovalFound = true;
            }
            return _latestApproval;
        }
    }

    /// <summary>Value statements published about the service.</summary>
    public IReadOnlyList<RuleValueStatement> ValueStatements => Context.ValueStatements;

    /// <summary>The PMO charter: mandate, decision rights, objectives.</summary>
    public RuleCharter Charter => Context.Charter;

    /// <summary>The organizational baseline, with the industry profile in force.</summary>
    public RuleBaseline Baseline => Context.Baseline;

    /// <summary>The gate thresholds in force, typed and by name.</summary>
    public RuleThresholds Thresholds => Context.Thresholds;

    /// <summary>The service's KPI named <paramref name="name"/> (ignoring case), if it has one.</summary>
    public KpiSeries? Kpi(string name) => Kpis.FirstOrDefault(k => string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase));
}
