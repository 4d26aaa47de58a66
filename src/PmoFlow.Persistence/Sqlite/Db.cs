using System.Globalization;
using System.Text.Json;
using PmoFlow.Core.Engine;

namespace PmoFlow.Persistence.Sqlite;

/// <summary>
/// How values are written to columns. Timestamps: UTC, round-trip 'O' text, fixed width so text order is time
/// order. Decimals (money included): invariant text, exact at any scale, never REAL. Dates: <c>yyyy-MM-dd</c>.
/// </summary>
internal static class Db
{
    /// <summary>JSON for documents, JSON columns and effect data: Core's <see cref="PmoJson"/>, the options activities record effects with.</summary>
    public static JsonSerializerOptions Json => PmoJson.Options;

    public static string Time(DateTimeOffset value) => value.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    public static string? Time(DateTimeOffset? value) => value is { } v ? Time(v) : null;

    public static DateTimeOffset ToTime(string text) => DateTimeOffset.ParseExact(text, "O", CultureInfo.InvariantCulture, DateTimeStyles.None);

    public static DateTimeOffset? ToTimeOrNull(string? text) => text is null ? null : ToTime(text);

    public static string Decimal(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    public static string? Decimal(decimal? value) => value is { } v ? Decimal(v) : null;

    public static decimal ToDecimal(string text) => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture);

    public static decimal? ToDecimalOrNull(string? text) => text is null ? null : ToDecimal(text);

    public static string? Date(DateOnly? value) => value?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly? ToDateOrNull(string? text) => text is null ? null : DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static TEnum ToEnum<TEnum>(string text) where TEnum : struct, Enum => Enum.Parse<TEnum>(text, ignoreCase: true);

    public static string ToJson<T>(T value) => JsonSerializer.Serialize(value, Json);

    public static T FromJson<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Json) ?? throw new JsonException($"Stored JSON for {typeof(T).Name} is null.");
}
