// rule: hse-trir-trend
// gates: gate-5-6
// version: 1
// description: (version 2 of the fixture only) warns when the incident rate rose since the previous observation.

var trir = Kpi("trir");
Read("trirTrend", trir?.Trend.ToString() ?? "none");
if (trir?.Latest is { } latest && trir.Previous is { } previous && latest.Value > previous.Value)
    Warn("hse-trir-trend", "TRIR not rising", $"{Text.Number(previous.Value)} → {Text.Number(latest.Value)}", "no rise");
