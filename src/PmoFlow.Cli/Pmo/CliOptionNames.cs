namespace PmoFlow.Cli.Pmo;

/// <summary>The CLI option that carries each field the API and the store name, so an error points at what the user typed.</summary>
internal static class CliOptionNames
{
    private static readonly Dictionary<string, string> Options = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = "--id", ["name"] = "--name", ["description"] = "--description", ["sponsor"] = "--sponsor", ["customerIds"] = "--customer",
        ["targetUsers"] = "--target-users", ["kpiName"] = "--kpi", ["kpiId"] = "--kpi", ["value"] = "--value", ["unit"] = "--unit", ["source"] = "--source",
        ["evidenceLink"] = "--evidence", ["benefitId"] = "--benefit", ["period"] = "--period", ["actual"] = "--actual", ["step"] = "--step", ["stage"] = "--stage",
        ["serviceId"] = "SERVICE", ["apiKey"] = "--api-key", ["keyId"] = "KEY-ID", ["role"] = "--role",
    };

    /// <summary>"--customer" for <c>customerIds[1]</c>; the field itself when no option carries it.</summary>
    public static string For(string? field)
    {
        if (string.IsNullOrEmpty(field)) return "request";
        var bracket = field.IndexOf('[', StringComparison.Ordinal);
        var key = bracket > 0 ? field[..bracket] : field;
        return Options.TryGetValue(key, out var option) ? option : field;
    }
}
