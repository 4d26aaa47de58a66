namespace PmoFlow.Scripting.Rules.Sources;

/// <summary>Every header of a pack, with the pack-level checks (unique rule ids); no compiler involved.</summary>
internal static class RulePackHeaders
{
    /// <summary>Each file with its header, or null where the header has errors (added to <paramref name="diagnostics"/>).</summary>
    public static List<(RuleHeader? Header, RuleFile File)> Parse(RulePackSource source, List<RuleDiagnostic> diagnostics)
    {
        var parsed = new List<(RuleHeader?, RuleFile)>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in source.Files)
        {
            var (header, errors) = RuleHeaderParser.Parse(file);
            diagnostics.AddRange(errors);
            if (header is not null && !ids.TryAdd(header.Id, file.Name))
            {
                diagnostics.Add(new RuleDiagnostic(file.Name, 1, 1, RuleCodes.DuplicateRule, $"rule '{header.Id}' is also declared in {ids[header.Id]}"));
                header = null;
            }
            parsed.Add((header, file));
        }
        return parsed;
    }
}
