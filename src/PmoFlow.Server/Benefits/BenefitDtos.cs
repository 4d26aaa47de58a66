using PmoFlow.Core.Benefits;
using PmoFlow.Server.Common;
using PmoFlow.Server.Services;

namespace PmoFlow.Server.Benefits;

/// <summary>A new benefit with its plan per fiscal period.</summary>
internal sealed record CreateBenefitRequest(string? Name, string? Category, string? Owner, IReadOnlyList<BenefitPeriodRequest?>? Periods)
{
    /// <summary>The benefit, or null after recording what is wrong in <paramref name="errors"/>.</summary>
    public Benefit? ToBenefit(string serviceId, RequestErrors errors)
    {
        var name = errors.Text("name", Name, 200);
        var category = errors.Enum<BenefitCategory>("category", Category);
        var owner = errors.Text("owner", Owner, 200);
        var periods = new List<BenefitPeriod>();
        var given = Periods ?? [];
        for (var i = 0; i < given.Count; i++)
        {
            var field = $"periods[{i}]";
            if (given[i] is not { } p)
            {
                errors.Add(field, $"'{field}' must be an object with period, planned and optional actual.");
                continue;
            }
            var period = errors.Text($"{field}.period", p.Period, 32);
            var planned = errors.Required($"{field}.planned", p.Planned);
            BenefitAmounts.Check(errors, field, planned, p.Actual);
            if (period is null) continue;
            if (periods.Any(x => string.Equals(x.Period, period, StringComparison.OrdinalIgnoreCase)))
                errors.Add($"{field}.period", $"Period '{period}' is listed twice.");
            else if (planned is not null) periods.Add(new BenefitPeriod(period, planned.Value, p.Actual));
        }
        return errors.HasErrors ? null : new Benefit(ApiIds.New(), serviceId, name!, category!.Value, owner!, periods, null, null, null);
    }
}

/// <summary>Planned and actual value of a benefit in one fiscal period (<c>2026-Q1</c>).</summary>
internal sealed record BenefitPeriodRequest(string? Period, decimal? Planned, decimal? Actual);

/// <summary>Sets the plan and/or the actual of one period, adding the period if it is new.</summary>
internal sealed record RecordPeriodRequest(string? Period, decimal? Planned, decimal? Actual)
{
    public string? Validate(RequestErrors errors)
    {
        var period = errors.Text("period", Period, 32);
        if (Planned is null && Actual is null) errors.Add("actual", "Give 'planned', 'actual' or both.");
        BenefitAmounts.Check(errors, null, Planned, Actual);
        return period;
    }
}

/// <summary>The business value owner's validation of a benefit's actuals, with a note when actual falls short of plan.</summary>
internal sealed record ValidateBenefitRequest(string? ValidatedBy, string? VarianceNote);

/// <summary>The benefit as it now stands, and the service after its gate looked at it.</summary>
internal sealed record BenefitChanged(Benefit Benefit, ServiceView Service);
