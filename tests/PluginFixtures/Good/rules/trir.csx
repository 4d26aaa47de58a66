// Gate clause: the incident rate stays under the profile's hse.trir.max.
return Kpi("trir") <= Threshold("hse.trir.max");
