using System.Globalization;
using PmoFlow.Core.Flywheel;

namespace PmoFlow.Cli.Pmo;

/// <summary>Reads steps and stages the way the server does: by number or by name in any case, with or without separators.</summary>
internal static class CliNames
{
    /// <summary>A flywheel step: <c>5</c>, <c>ServiceOnboarding</c>, <c>service-onboarding</c>.</summary>
    public static FlywheelStep? Step(string? text) => text is null ? null
        : Parse<FlywheelStep>(text, 10) ?? throw new CliException($"--step: '{text}' is not a flywheel step; use 1-10 or a name: {string.Join(", ", Enum.GetNames<FlywheelStep>())}");

    /// <summary>A customer-experience stage: <c>3</c>, <c>Deployment</c>.</summary>
    public static CustomerExperienceStage? Stage(string? text) => text is null ? null
        : Parse<CustomerExperienceStage>(text, 5) ?? throw new CliException($"--stage: '{text}' is not a customer-experience stage; use 1-5 or a name: {string.Join(", ", Enum.GetNames<CustomerExperienceStage>())}");

    private static T? Parse<T>(string text, int max) where T : struct, Enum
    {
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n)) return n >= 1 && n <= max ? (T)(object)n : null;
        var key = Normalize(text);
        return Enum.GetValues<T>().Select(v => (T?)v).FirstOrDefault(v => Normalize(v!.Value.ToString()) == key);
    }

    private static string Normalize(string text) => string.Concat(text.Where(char.IsLetterOrDigit)).ToUpperInvariant();
}
