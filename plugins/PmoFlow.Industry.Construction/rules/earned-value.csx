// rule: earned-value
// gates: gate-8-9, gate-9-10
// version: 1
// description: Construction stage gates into and out of Value Delivery: schedule performance (SPI = EV ÷ PV) and
//   cost performance (CPI = EV ÷ AC) at or above the profile's minimums, from a current status date. With planned
//   value, earned value and actual cost recorded, the indices come from them and a shortfall is stated in money.

var spiMin = Thresholds["evm.spi.min"];
var cpiMin = Thresholds["evm.cpi.min"];
var tcpiGap = Thresholds["evm.tcpi.max-gap"];
var maxAge = Thresholds.ObservationMaxAge;
Read("thresholds", new { spiMin, cpiMin, tcpiGap, observationMaxAgeDays = maxAge.TotalDays });

var pv = Kpi("planned-value")?.Latest;
var ev = Kpi("earned-value")?.Latest;
var ac = Kpi("actual-cost")?.Latest;
var bac = Kpi("budget-at-completion")?.Latest;
var spiReported = Kpi("spi")?.Latest;
var cpiReported = Kpi("cpi")?.Latest;
Read("earnedValue", new
{
    plannedValue = pv?.Value, earnedValue = ev?.Value, actualCost = ac?.Value, budgetAtCompletion = bac?.Value,
    spi = spiReported?.Value, cpi = cpiReported?.Value,
});

if (pv is { Value: > 0 } && ev is not null && ac is { Value: > 0 })
{
    var spi = ev.Value / pv.Value;
    var cpi = ev.Value / ac.Value;
    Read("indices", new { spi, cpi });
    Require("spi", $"schedule performance index (EV ÷ PV) at least {Text.Number(spiMin)}",
        observed: $"{Index(spi)} (EV {Text.Money(ev.Value)} of PV {Text.Money(pv.Value)})", threshold: $"≥ {Text.Number(spiMin)}",
        passed: spi >= spiMin,
        missing: $"earn {Text.Shortfall(spiMin * pv.Value - ev.Value)} more value against the schedule (EV {Text.Shortfall(spiMin * pv.Value)} of PV {Text.Money(pv.Value)})",
        kind: ClauseKind.Blocked);
    Require("cpi", $"cost performance index (EV ÷ AC) at least {Text.Number(cpiMin)}",
        observed: $"{Index(cpi)} (EV {Text.Money(ev.Value)} for AC {Text.Money(ac.Value)})", threshold: $"≥ {Text.Number(cpiMin)}",
        passed: cpi >= cpiMin,
        missing: $"earn {Text.Shortfall(cpiMin * ac.Value - ev.Value)} more value without further cost (EV {Text.Shortfall(cpiMin * ac.Value)} for AC {Text.Money(ac.Value)})",
        kind: ClauseKind.Blocked);
    Current(Oldest(pv, ev, ac));
    ToComplete(ev.Value, ac.Value, cpi);
}
else if (spiReported is not null && cpiReported is not null)
{
    // Indices reported without the money behind them: the gate can say how far, not how much.
    Require("spi", $"schedule performance index (EV ÷ PV) at least {Text.Number(spiMin)}",
        observed: $"{Index(spiReported.Value)} (reported)", threshold: $"≥ {Text.Number(spiMin)}", passed: spiReported.Value >= spiMin,
        missing: $"SPI up from {Index(spiReported.Value)} to {Text.Number(spiMin)} (record planned-value and earned-value to see the shortfall in money)",
        kind: ClauseKind.Blocked);
    Require("cpi", $"cost performance index (EV ÷ AC) at least {Text.Number(cpiMin)}",
        observed: $"{Index(cpiReported.Value)} (reported)", threshold: $"≥ {Text.Number(cpiMin)}", passed: cpiReported.Value >= cpiMin,
        missing: $"CPI up from {Index(cpiReported.Value)} to {Text.Number(cpiMin)} (record earned-value and actual-cost to see the shortfall in money)",
        kind: ClauseKind.Blocked);
    Current(Oldest(spiReported, cpiReported));
}
else
{
    var missing = "record planned-value, earned-value and actual-cost for a status date (or the spi and cpi it gives)";
    Require("spi", $"schedule performance index (EV ÷ PV) at least {Text.Number(spiMin)}", "no earned value data", $"≥ {Text.Number(spiMin)}", passed: false, missing);
    Require("cpi", $"cost performance index (EV ÷ AC) at least {Text.Number(cpiMin)}", "no earned value data", $"≥ {Text.Number(cpiMin)}", passed: false, missing);
}

// Indices of an old status date say nothing about today: the gate wants this month's.
void Current(KpiObservation oldest)
{
    var age = Now - oldest.ObservedAt;
    Require("status-date", $"earned value measured within the last {Text.Count((int)maxAge.TotalDays, "day")}",
        observed: $"status date {Text.Date(oldest.ObservedAt)} ({Text.Count((int)age.TotalDays, "day")} ago)",
        threshold: $"within {Text.Count((int)maxAge.TotalDays, "day")}", passed: age <= maxAge,
        missing: $"report earned value for a status date after {Text.Date(Now - maxAge)}");
}

void ToComplete(decimal earned, decimal cost, decimal cpi)
{
    if (bac is null) return;
    if (bac.Value <= cost)
    {
        Warn("tcpi", "budget remains for the remaining work", $"actual cost {Text.Money(cost)} has reached the budget at completion {Text.Money(bac.Value)}",
            "actual cost below the budget at completion");
        return;
    }
    var tcpi = (bac.Value - earned) / (bac.Value - cost);
    Read("tcpi", tcpi);
    if (tcpi - cpi > tcpiGap)
        Warn("tcpi", $"the efficiency the remaining work needs to finish within budget (TCPI) is within {Text.Number(tcpiGap)} of the CPI achieved",
            $"TCPI {Text.Number(Math.Ceiling(tcpi * 100m) / 100m)} against CPI {Index(cpi)}: the budget at completion {Text.Money(bac.Value)} is unlikely to hold",
            $"TCPI ≤ CPI + {Text.Number(tcpiGap)}");
}

static KpiObservation Oldest(params KpiObservation[] observations) => observations.MinBy(o => o.ObservedAt)!;

// Floored, so an index just under its minimum never prints as meeting it.
static string Index(decimal value) => Text.Number(Math.Floor(value * 100m) / 100m);
