// rule: hse-trir
// gates: gate-5-6
// version: 1
// description: Service Onboarding → Service Operation: the total recordable incident rate stays at or under the
//   profile's hse.trir.max.

var max = Thresholds["hse.trir.max"];
var latest = Kpi("trir")?.Latest;
Read("trir", latest is null ? null : new { latest.Id, latest.Value, latest.ObservedAt });
Require("hse-trir", $"TRIR at most {Text.Number(max)} per 200k hours",
    observed: latest is null ? "no trir observation" : Text.Number(latest.Value),
    threshold: $"≤ {Text.Number(max)}",
    passed: latest is not null && latest.Value <= max,
    missing: latest is null ? "record a trir observation" : $"TRIR down from {Text.Number(latest.Value)} to {Text.Number(max)}");
