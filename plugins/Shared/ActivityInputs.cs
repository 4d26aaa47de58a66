using System.Globalization;
using PmoFlow.Abstractions.Activities;

namespace PmoFlow.Industry.Shared;

/// <summary>
/// Reads an activity's inputs as text and parses them here, collecting what does not parse. The host marks a plugin
/// faulted for any exception its code throws, and a conversion error inside GetInputAsync would surface from plugin
/// code: a mistyped figure in a workflow must fail that run's check, not take the plugin out of service.
/// </summary>
/// <remarks>Linked into each industry plugin (plugins/Shared), so every plugin compiles its own internal copy.</remarks>
internal sealed class ActivityInputs(IActivityExecutionContext context)
{
    private const NumberStyles Numbers = NumberStyles.Number | NumberStyles.AllowExponent;
    private readonly List<string> _problems = [];

    /// <summary>What did not parse, one sentence each.</summary>
    public IReadOnlyList<string> Problems => _problems;

    public async ValueTask<string?> TextAsync(string name)
    {
        var text = await context.GetInputAsync<string>(name);
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    public async ValueTask<decimal?> DecimalAsync(string name)
    {
        var text = await TextAsync(name);
        if (text is null) return null;
        if (decimal.TryParse(text, Numbers, CultureInfo.InvariantCulture, out var value)) return value;
        _problems.Add($"{name} '{text}' is not a number");
        return null;
    }

    public async ValueTask<int?> IntegerAsync(string name)
    {
        var value = await DecimalAsync(name);
        if (value is null) return null;
        if (value == decimal.Truncate(value.Value) && value >= int.MinValue && value <= int.MaxValue) return (int)value.Value;
        _problems.Add($"{name} {value.Value.ToString(CultureInfo.InvariantCulture)} is not a whole number");
        return null;
    }

    public async ValueTask<bool?> BooleanAsync(string name)
    {
        var text = await TextAsync(name);
        if (text is null) return null;
        if (bool.TryParse(text, out var value)) return value;
        _problems.Add($"{name} '{text}' is not true or false");
        return null;
    }

    /// <summary>A date or date and time; without an offset it is read as UTC.</summary>
    public async ValueTask<DateTimeOffset?> DateAsync(string name)
    {
        var text = await TextAsync(name);
        if (text is null) return null;
        if (TryParseDate(text, out var value)) return value;
        _problems.Add($"{name} '{text}' is not a date");
        return null;
    }

    public static bool TryParseDate(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out value);
}
