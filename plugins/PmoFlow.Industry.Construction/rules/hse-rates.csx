// rule: hse-rates
// gates: gate-8-9, gate-9-10
// version: 1
// description: Construction stage gates into and out of Value Delivery: the total recordable incident rate (per
//   200,000 hours) and the lost-time injury frequency rate (per 1,000,000 hours) at or below the profile's limits.
//   With incidents and hours worked recorded, the rates come from them and a breach says how many incident-free hours
//   would bring the rate back; otherwise the reported trir and ltifr decide.

var trirMax = Thresholds["hse.trir.max"];
var ltifrMax = Thresholds["hse.ltifr.max"];
var hours = Kpi("hours-worked")?.Latest;
Read("thresholds", new { trirMax, ltifrMax });
Read("hoursWorked", hours?.Value);

Rate("trir", "total recordable incident rate", "recordable-incidents", ("recordable incident", "recordable incidents"), 200_000m, "per 200k hours", trirMax);
Rate("ltifr", "lost-time injury frequency rate", "lost-time-injuries", ("lost-time injury", "lost-time injuries"), 1_000_000m, "per 1M hours", ltifrMax);

void Rate(string name, string title, string countKpi, (string One, string Many) incident, decimal basis, string unit, decimal max)
{
    var count = Kpi(countKpi)?.Latest;
    var reported = Kpi(name)?.Latest;
    Read(countKpi, count?.Value);
    Read(name, reported?.Value);
    var description = $"{title} at most {Text.Number(max)} {unit}";
    var threshold = $"≤ {Text.Number(max)} {unit}";

    if (count is not null && hours is { Value: > 0 })
    {
        var rate = count.Value * basis / hours.Value;
        // The exposure these incidents need for the rate to be at the limit.
        var more = Math.Max(0m, Math.Ceiling(count.Value * basis / max - hours.Value));
        Require(name, description,
            observed: $"{RateText(rate)} ({Text.Count((int)count.Value, incident.One, incident.Many)} in {Hours(hours.Value)} hours)", threshold,
            passed: rate <= max,
            missing: $"{name.ToUpperInvariant()} down to {Text.Number(max)}: {Hours(more)} more hours worked without a {incident.One} (at {Text.Count((int)count.Value, incident.One, incident.Many)} so far)",
            kind: ClauseKind.Blocked);
        return;
    }
    if (reported is not null)
    {
        Require(name, description, observed: $"{RateText(reported.Value)} (reported)", threshold,
            passed: reported.Value <= max,
            missing: $"{name.ToUpperInvariant()} down from {RateText(reported.Value)} to {Text.Number(max)} {unit}",
            kind: ClauseKind.Blocked);
        return;
    }
    Require(name, description, "no incident or hours data", threshold, passed: false,
        $"record {countKpi} and hours-worked to date (or the {name} they give)");
}

// Rounded up, so a rate just over its limit never prints as meeting it.
static string RateText(decimal rate) => Text.Number(Math.Ceiling(rate * 100m) / 100m);

static string Hours(decimal hours) => hours.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
