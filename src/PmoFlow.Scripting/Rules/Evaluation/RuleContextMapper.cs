using PmoFlow.Abstractions.Rules;
using PmoFlow.Core.Flywheel;
using PmoFlow.Core.Gates;
using CoreApprovalStatus = PmoFlow.Core.Approvals.ApprovalStatus;
using CoreBenefitCategory = PmoFlow.Core.Benefits.BenefitCategory;
using CoreGoodDirection = PmoFlow.Core.Kpis.GoodDirection;

namespace PmoFlow.Scripting.Rules.Evaluation;

/// <summary>
/// Builds what rules read (<see cref="RuleContext"/>, in PmoFlow.Abstractions) from the domain's
/// <see cref="GateContext"/>. The slices the built-in gates share are made here once (the service's own customers,
/// each KPI's observations oldest first, the surveys about the service) so a rule reads them, not re-derives them.
/// </summary>
internal static class RuleContextMapper
{
    public static RuleContext Map(GateContext context, IReadOnlyDictionary<string, decimal> namedThresholds)
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = context.Service;
        var observationsByKpi = context.Observations.ToLookup(o => o.KpiId, StringComparer.Ordinal);
        return new RuleContext
        {
            Gate = context.Gate,
            Now = context.Now,
            Service = new RuleService
            {
                Id = service.Id,
                Name = service.Name,
                Description = service.Description,
                Sponsor = service.Sponsor,
                CustomerIds = [.. service.CustomerIds],
                Step = (int)service.Step,
                StepName = service.Step.DisplayName(),
                Turn = service.Turn,
                StepEnteredAt = service.StepEnteredAt,
                TargetUsers = service.TargetUsers,
                CreatedAt = service.CreatedAt,
            },
            // The context may carry more customers than the service lists: the service's customer ids decide.
            Customers = [.. context.Customers.Where(c => service.CustomerIds.Contains(c.Id, StringComparer.Ordinal))
                .Select(c => new RuleCustomer { Id = c.Id, Name = c.Name, Group = c.Group, RelevanceWeight = c.RelevanceWeight })],
            Kpis = [.. context.Kpis.Select(k => new KpiSeries
            {
                Id = k.Id,
                Name = k.Name,
                Unit = k.Unit,
                GoodDirection = k.GoodDirection == CoreGoodDirection.LowerIsBetter ? GoodDirection.LowerIsBetter : GoodDirection.HigherIsBetter,
                Baseline = k.Baseline,
                Target = k.Target,
                TargetDate = k.TargetDate,
                Owner = k.Owner,
                AsOf = context.Now,
                // A stable sort: two observations at the same moment stay in recording order (the later is a correction).
                AllObservations = [.. observationsByKpi[k.Id].OrderBy(o => o.ObservedAt).Select(o => new KpiObservation
                {
                    Id = o.Id, Value = o.Value, Unit = o.Unit, ObservedAt = o.ObservedAt, Source = o.Source, EvidenceLink = o.EvidenceLink,
                })],
            })],
            Benefits = new BenefitSet([.. context.Benefits.Select(b => new RuleBenefit
            {
                Id = b.Id,
                Name = b.Name,
                Category = Map(b.Category),
                Owner = b.Owner,
                Periods = [.. b.Periods.Select(p => new RuleBenefitPeriod { Period = p.Period, Planned = p.Planned, Actual = p.Actual })],
                ValidatedBy = b.ValidatedBy,
                ValidatedAt = b.ValidatedAt,
                VarianceNote = b.VarianceNote,
            })]),
            Surveys = new SurveySet([.. context.Surveys.Where(s => s.ServiceId == service.Id).Select(s => new SurveyAnswer
            {
                Id = s.Id, CustomerGroup = s.CustomerGroup, Csat = s.Csat, Nps = s.Nps, RespondedAt = s.RespondedAt, Comment = s.Comment,
            })], service.StepEnteredAt, context.Now),
            Approvals = [.. context.Approvals.Select(a => new RuleApproval
            {
                Id = a.Id,
                Gate = a.Gate,
                Role = a.Role,
                Status = a.Status switch
                {
                    CoreApprovalStatus.Approved => ApprovalStatus.Approved,
                    CoreApprovalStatus.Rejected => ApprovalStatus.Rejected,
                    _ => ApprovalStatus.Pending,
                },
                RequestedAt = a.RequestedAt,
                DueAt = a.DueAt,
                RemindedAt = a.RemindedAt,
                EscalatedAt = a.EscalatedAt,
                DecidedBy = a.DecidedBy,
                DecidedAt = a.DecidedAt,
                Comment = a.Comment,
            })],
            ValueStatements = [.. context.ValueStatements.Select(v => new RuleValueStatement
            {
                Id = v.Id, ServiceId = v.ServiceId, Text = v.Text, Amount = v.Amount, Unit = v.Unit, EvidenceLinks = [.. v.EvidenceLinks], PublishedAt = v.PublishedAt,
            })],
            Charter = new RuleCharter
            {
                MandateScope = context.Charter.Mandate.Scope,
                MandateAuthority = context.Charter.Mandate.Authority,
                DecisionRights = [.. context.Charter.DecisionRights.Select(r => new RuleDecisionRight
                {
                    Role = r.Role, Gates = [.. r.Gates], CanApprove = r.CanApprove, CanWaive = r.CanWaive,
                })],
                Objectives = [.. context.Charter.Objectives],
            },
            Baseline = new RuleBaseline
            {
                StrategyObjectives = [.. context.Baseline.StrategyObjectives],
                Culture = context.Baseline.Culture,
                OpdMaturityStage = context.Baseline.OpdMaturityStage,
                Structure = context.Baseline.Structure,
                IndustryProfile = context.Baseline.IndustryProfile,
            },
            Thresholds = Map(context.Thresholds, namedThresholds),
        };
    }

    private static RuleThresholds Map(GateThresholds t, IReadOnlyDictionary<string, decimal> named) => new()
    {
        OnboardedShare = t.OnboardedShare,
        OnboardingCsat = t.OnboardingCsat,
        RealizedBenefitShare = t.RealizedBenefitShare,
        CostAvoidanceDiscount = t.CostAvoidanceDiscount,
        VarianceNoteBelow = t.VarianceNoteBelow,
        NpsTarget = t.NpsTarget,
        ObservationMaxAge = t.ObservationMaxAge,
        MinimumResponses = t.MinimumResponses,
        ApprovalDue = t.ApprovalDue,
        ApprovalReminderBefore = t.ApprovalReminderBefore,
        Named = new Dictionary<string, decimal>(named, StringComparer.OrdinalIgnoreCase),
    };

    private static BenefitCategory Map(CoreBenefitCategory category) => category switch
    {
        CoreBenefitCategory.Cashable => BenefitCategory.Cashable,
        CoreBenefitCategory.NonCashable => BenefitCategory.NonCashable,
        CoreBenefitCategory.CostAvoidance => BenefitCategory.CostAvoidance,
        CoreBenefitCategory.Revenue => BenefitCategory.Revenue,
        _ => BenefitCategory.NonFinancial,
    };
}
