using System.Globalization;

namespace PmoFlow.Server.Common;

/// <summary>
/// Collects what is wrong with a request, keyed by the field as the JSON names it (<c>periods[1].planned</c>), so a
/// client learns every problem at once rather than one per round trip.
/// </summary>
internal sealed class RequestErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    /// <summary>Whether anything was wrong.</summary>
    public bool HasErrors => _errors.Count > 0;

    /// <summary>The errors by field.</summary>
    public IDictionary<string, string[]> ToDictionary() => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray(), StringComparer.Ordinal);

    /// <summary>A 400 validation problem listing every error.</summary>
    public IResult ToResult() => TypedResults.ValidationProblem(ToDictionary(), title: "The request is not valid.");

    /// <summary>Records an error against <paramref name="field"/>.</summary>
    public void Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(message);
    }

    /// <summary>Trimmed text, or null (with an error when required) when missing or blank; too long is an error.</summary>
    public string? Text(string field, string? value, int maxLength = 200, bool required = true)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required) Add(field, $"'{field}' is required.");
            return null;
        }
        if (text.Length > maxLength) Add(field, $"'{field}' must be at most {maxLength} characters (it has {text.Length}).");
        return text;
    }

    /// <summary>A required value; null adds an error.</summary>
    public T? Required<T>(string field, T? value) where T : struct
    {
        if (value is null) Add(field, $"'{field}' is required.");
        return value;
    }

    /// <summary>Adds an error when <paramref name="value"/> is given and outside [min, max].</summary>
    public void Range(string field, decimal? value, decimal min, decimal max)
    {
        if (value is { } v && (v < min || v > max))
            Add(field, $"'{field}' must be between {Format(min)} and {Format(max)} (it is {Format(v)}).");
    }

    /// <summary>Adds an error when <paramref name="value"/> is given and outside [min, max].</summary>
    public void Range(string field, int? value, int min, int max) => Range(field, (decimal?)value, min, max);

    /// <summary>An identifier usable in a URL path, or null (with an error) when malformed.</summary>
    public string? Id(string field, string? value, bool required = true)
    {
        var id = Text(field, value, 100, required);
        if (id is not null && !ApiIds.IsValid(id))
        {
            Add(field, $"'{field}' may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit (it is '{id}').");
            return null;
        }
        return id;
    }

    /// <summary>A required enum value parsed leniently (<c>cost-avoidance</c>, <c>CostAvoidance</c>), or null with an error listing the choices.</summary>
    public TEnum? Enum<TEnum>(string field, string? value, bool required = true) where TEnum : struct, System.Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required) Add(field, $"'{field}' is required; use one of: {ApiNames.Choices<TEnum>()}.");
            return null;
        }
        if (ApiNames.TryParse<TEnum>(value, out var parsed)) return parsed;
        Add(field, $"'{value}' is not a valid '{field}'; use one of: {ApiNames.Choices<TEnum>()}.");
        return null;
    }

    private static string Format(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
