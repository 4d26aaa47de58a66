using PmoFlow.Core.Flywheel;

namespace PmoFlow.Server.Common;

/// <summary>
/// How the API reads names people type: enum values in any case and with or without separators
/// (<c>non-cashable</c>, <c>NonCashable</c>), flywheel steps by name or number, gates by their canonical name.
/// </summary>
internal static class ApiNames
{
    /// <summary>Parses an enum name leniently; numbers are refused so that a typo is never a valid member by accident.</summary>
    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text)) return false;
        var key = Normalize(text);
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Normalize(candidate.ToString()), key, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }
        return false;
    }

    /// <summary>"HigherIsBetter, LowerIsBetter".</summary>
    public static string Choices<TEnum>() where TEnum : struct, Enum => string.Join(", ", Enum.GetNames<TEnum>());

    /// <summary>A flywheel step by number (1–10) or name (<c>ServiceOnboarding</c>, <c>service-onboarding</c>, <c>Service Onboarding</c>).</summary>
    public static bool TryParseStep(string? text, out FlywheelStep step)
    {
        step = default;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            if (n is < 1 or > 10) return false;
            step = (FlywheelStep)n;
            return true;
        }
        return TryParse(text, out step);
    }

    /// <summary>A customer-experience stage by name or number (1–5).</summary>
    public static bool TryParseStage(string? text, out CustomerExperienceStage stage)
    {
        stage = default;
        if (int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            if (n is < 1 or > 5) return false;
            stage = (CustomerExperienceStage)n;
            return true;
        }
        return TryParse(text, out stage);
    }

    /// <summary>Whether <paramref name="gate"/> names a flywheel gate (<c>gate-3-4</c>, <c>gate-10-1</c>).</summary>
    public static bool IsGate(string? gate) => gate is not null && Flywheel.TryParseGate(gate, out _);

    /// <summary>"gate-1-2, gate-2-3, ..., gate-10-1".</summary>
    public static string GateChoices() => string.Join(", ", Flywheel.Steps.Select(s => s.GateFrom()));

    private static string Normalize(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
