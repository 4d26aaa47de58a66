using PmoFlow.Core.Baseline;
using PmoFlow.Core.Charter;
using PmoFlow.Core.Gates;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Governance;

/// <summary>The PMO charter: mandate, decision rights (who may approve or waive which gate) and objectives.</summary>
internal sealed record CharterRequest(MandateRequest? Mandate, IReadOnlyList<DecisionRightRequest?>? DecisionRights, IReadOnlyList<string?>? Objectives)
{
    public PmoCharter? ToCharter(RequestErrors errors)
    {
        var scope = errors.Text("mandate.scope", Mandate?.Scope, 2000);
        var authority = errors.Text("mandate.authority", Mandate?.Authority, 200);
        if (DecisionRights is null) errors.Add("decisionRights", "'decisionRights' is required (an empty list means nobody may approve or waive).");
        var rights = new List<DecisionRight>();
        for (var i = 0; i < (DecisionRights?.Count ?? 0); i++)
        {
            if (ToRight(DecisionRights![i], $"decisionRights[{i}]", errors) is { } right) rights.Add(right);
        }
        var objectives = GovernanceText.List("objectives", Objectives, 500, errors);
        return errors.HasErrors ? null : new PmoCharter(new Mandate(scope!, authority!), rights, objectives);
    }

    private static DecisionRight? ToRight(DecisionRightRequest? request, string field, RequestErrors errors)
    {
        if (request is null)
        {
            errors.Add(field, $"'{field}' must be an object with role, gates, canApprove and canWaive.");
            return null;
        }
        var role = errors.Text($"{field}.role", request.Role, 100);
        var gates = GovernanceText.List($"{field}.gates", request.Gates, 20, errors);
        if (gates.Count == 0) errors.Add($"{field}.gates", $"'{field}.gates' needs at least one gate, or '*' for every gate.");
        for (var g = 0; g < gates.Count; g++)
            if (gates[g] != "*" && !ApiNames.IsGate(gates[g])) errors.Add($"{field}.gates[{g}]", $"'{gates[g]}' is not a gate; use '*' or one of: {ApiNames.GateChoices()}.");
        var canApprove = request.CanApprove ?? false;
        var canWaive = request.CanWaive ?? false;
        if (!canApprove && !canWaive) errors.Add(field, $"'{field}' grants nothing: set canApprove, canWaive or both.");
        return role is null ? null : new DecisionRight(role, gates, canApprove, canWaive);
    }
}

/// <summary>What the PMO covers and on whose authority.</summary>
internal sealed record MandateRequest(string? Scope, string? Authority);

/// <summary>A role's right to approve and/or waive gates (<c>*</c> for every gate).</summary>
internal sealed record DecisionRightRequest(string? Role, IReadOnlyList<string?>? Gates, bool? CanApprove, bool? CanWaive);

/// <summary>The organizational baseline; OPD maturity stage 1 (structure and governance) to 5 (business value).</summary>
internal sealed record BaselineRequest(IReadOnlyList<string?>? StrategyObjectives, string? Culture, int? OpdMaturityStage, string? Structure, string? IndustryProfile)
{
    public OrganizationalBaseline? ToBaseline(RequestErrors errors)
    {
        var objectives = GovernanceText.List("strategyObjectives", StrategyObjectives, 500, errors);
        var culture = errors.Text("culture", Culture, 2000, required: false) ?? "";
        var stage = errors.Required("opdMaturityStage", OpdMaturityStage);
        errors.Range("opdMaturityStage", stage, 1, 5);
        var structure = errors.Text("structure", Structure, 200, required: false) ?? "";
        var profile = errors.Id("industryProfile", IndustryProfile, required: false) ?? "general";
        return errors.HasErrors ? null : new OrganizationalBaseline(objectives, culture, stage!.Value, structure, profile);
    }
}

/// <summary>Gate thresholds; a field left out takes the profile default (PUT replaces the whole set).</summary>
internal sealed record ThresholdsRequest(decimal? OnboardedShare, decimal? OnboardingCsat, decimal? RealizedBenefitShare, decimal? CostAvoidanceDiscount,
    decimal? VarianceNoteBelow, decimal? NpsTarget, TimeSpan? ObservationMaxAge, int? MinimumResponses, TimeSpan? ApprovalDue, TimeSpan? ApprovalReminderBefore)
{
    public GateThresholds? ToThresholds(RequestErrors errors)
    {
        var d = new GateThresholds();
        var t = new GateThresholds
        {
            OnboardedShare = OnboardedShare ?? d.OnboardedShare, OnboardingCsat = OnboardingCsat ?? d.OnboardingCsat,
            RealizedBenefitShare = RealizedBenefitShare ?? d.RealizedBenefitShare, CostAvoidanceDiscount = CostAvoidanceDiscount ?? d.CostAvoidanceDiscount,
            VarianceNoteBelow = VarianceNoteBelow ?? d.VarianceNoteBelow, NpsTarget = NpsTarget ?? d.NpsTarget, ObservationMaxAge = ObservationMaxAge ?? d.ObservationMaxAge,
            MinimumResponses = MinimumResponses ?? d.MinimumResponses, ApprovalDue = ApprovalDue ?? d.ApprovalDue, ApprovalReminderBefore = ApprovalReminderBefore ?? d.ApprovalReminderBefore,
        };
        errors.Range("onboardedShare", t.OnboardedShare, 0, 1);
        errors.Range("onboardingCsat", t.OnboardingCsat, 1, 5);
        errors.Range("realizedBenefitShare", t.RealizedBenefitShare, 0, 1);
        errors.Range("costAvoidanceDiscount", t.CostAvoidanceDiscount, 0, 1);
        errors.Range("varianceNoteBelow", t.VarianceNoteBelow, 0, 1);
        errors.Range("npsTarget", t.NpsTarget, -100, 100);
        errors.Range("minimumResponses", t.MinimumResponses, 1, 10_000);
        Duration(errors, "observationMaxAge", t.ObservationMaxAge, TimeSpan.FromDays(1), TimeSpan.FromDays(3650));
        Duration(errors, "approvalDue", t.ApprovalDue, TimeSpan.FromHours(1), TimeSpan.FromDays(365));
        if (t.ApprovalReminderBefore < TimeSpan.Zero || t.ApprovalReminderBefore >= t.ApprovalDue)
            errors.Add("approvalReminderBefore", $"'approvalReminderBefore' must be at least zero and shorter than 'approvalDue' ({t.ApprovalDue}).");
        return errors.HasErrors ? null : t;
    }

    private static void Duration(RequestErrors errors, string field, TimeSpan value, TimeSpan min, TimeSpan max)
    {
        if (value < min || value > max) errors.Add(field, $"'{field}' must be between {min} and {max} (it is {value}).");
    }
}
