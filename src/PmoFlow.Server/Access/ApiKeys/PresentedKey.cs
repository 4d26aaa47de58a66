using Microsoft.Net.Http.Headers;

namespace PmoFlow.Server.Access.ApiKeys;

/// <summary>The key a request carries: <c>Authorization: ApiKey &lt;key&gt;</c> (what Elsa Studio sends) or <c>X-Api-Key: &lt;key&gt;</c>.</summary>
internal readonly record struct PresentedKey(string? Key, string? Problem)
{
    /// <summary>The header scripts may use instead of Authorization.</summary>
    public const string Header = "X-Api-Key";

    /// <summary>The Authorization scheme, as Elsa Studio spells it.</summary>
    public const string Scheme = "ApiKey";

    /// <summary>Whether the request carries any key at all, well-formed or not.</summary>
    public static bool IsPresent(HttpRequest request) =>
        request.Headers.ContainsKey(Header) || AuthorizationKeys(request).Any();

    public static PresentedKey Read(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var keys = AuthorizationKeys(request).Concat(request.Headers[Header].Select(v => v?.Trim() ?? "")).Distinct(StringComparer.Ordinal).ToList();
        return keys.Count switch
        {
            0 => default,
            1 when keys[0].Length == 0 => new PresentedKey(null, $"The {Scheme} credentials are empty; send 'Authorization: ApiKey <key>' or '{Header}: <key>'."),
            1 => new PresentedKey(keys[0], null),
            _ => new PresentedKey(null, "The request carries more than one API key; send one."),
        };
    }

    private static IEnumerable<string> AuthorizationKeys(HttpRequest request)
    {
        foreach (var value in request.Headers[HeaderNames.Authorization])
        {
            var text = value?.Trim() ?? "";
            if (text.Length < Scheme.Length || !text.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase)) continue;
            if (text.Length > Scheme.Length && text[Scheme.Length] != ' ') continue;
            yield return text[Scheme.Length..].Trim();
        }
    }
}
