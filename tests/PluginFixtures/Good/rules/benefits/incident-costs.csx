// Gate clause: incident cost avoided is validated by its owner.
return Benefits("incident-cost-avoided").All(b => b.Validated);
