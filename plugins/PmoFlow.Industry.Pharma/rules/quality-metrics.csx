// rule: quality-metrics
// gates: gate-9-10
// version: 1
// description: Value Delivery → Value Recognition for a GxP service: the quality system is in control before the
//   service claims its value: deviations close within the target time and CAPAs close on time, on figures from the
//   last monthly review. Right-first-time batches under target are reported as a warning.

var closureMax = Thresholds["gxp.deviation-closure-days.max"];
var capaMin = Thresholds["gxp.capa-on-time.min"];
var rftMin = Thresholds["gxp.right-first-time.min"];
var maxAge = Thresholds.ObservationMaxAge;
Read("thresholds", new { closureMax, capaMin, rftMin, observationMaxAgeDays = maxAge.TotalDays });

var closure = Kpi("deviation-closure-time")?.Latest;
var capa = Kpi("capa-on-time")?.Latest;
var rft = Kpi("right-first-time-batches")?.Latest;
Read("metrics", new { deviationClosureDays = closure?.Value, capaOnTime = capa?.Value, rightFirstTime = rft?.Value });

Metric("deviation-closure", $"deviations closed within {Text.Count((int)closureMax, "day")} on average", closure, "deviation-closure-time",
    c => $"{Text.Number(c.Value)} days", $"≤ {Text.Number(closureMax)} days", c => c.Value <= closureMax,
    c => $"deviation closure down from {Text.Number(c.Value)} to {Text.Number(closureMax)} days");
Metric("capa-on-time", $"at least {Text.ThresholdPercent(capaMin)} of CAPAs closed by their due date", capa, "capa-on-time",
    c => Text.Percent(c.Value / 100m), $"≥ {Text.ThresholdPercent(capaMin)}", c => c.Value / 100m >= capaMin,
    c => $"CAPAs closed on time up from {Text.Percent(c.Value / 100m)} to {Text.ThresholdPercent(capaMin)}");

// Not every GxP service releases batches: no figure, no warning.
if (rft is not null && rft.Value / 100m < rftMin)
    Warn("right-first-time", $"at least {Text.ThresholdPercent(rftMin)} of batches right first time",
        $"{Text.Percent(rft.Value / 100m)} right first time", $"≥ {Text.ThresholdPercent(rftMin)}");

void Metric(string name, string description, KpiObservation? latest, string kpi, Func<KpiObservation, string> observed, string threshold,
    Func<KpiObservation, bool> meets, Func<KpiObservation, string> missing)
{
    if (latest is null)
    {
        Require(name, description, "not reported", threshold, passed: false, $"report {kpi} from the monthly quality review");
        return;
    }
    var age = Now - latest.ObservedAt;
    if (age > maxAge)
    {
        Require(name, description, $"{observed(latest)}, reported {Text.Date(latest.ObservedAt)} ({Text.Count((int)age.TotalDays, "day")} ago)", threshold,
            passed: false, $"report {kpi} from a quality review after {Text.Date(Now - maxAge)}");
        return;
    }
    Require(name, description, observed(latest), threshold, passed: meets(latest), missing(latest), ClauseKind.Blocked);
}
