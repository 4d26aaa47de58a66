using PmoFlow.Core.Access;

namespace PmoFlow.Server.Access.ApiKeys;

/// <summary>Why a presented key was refused, worded for the person holding it.</summary>
internal static class KeyFailures
{
    public const string Missing =
        $"This request needs an API key: send it as 'Authorization: ApiKey <key>' or '{PresentedKey.Header}: <key>'. " +
        "The first admin key is in admin.key in the server's data folder; an admin creates more with 'pmoflow keys create'.";

    public static string Describe(ApiKeyCheck check)
    {
        ArgumentNullException.ThrowIfNull(check);
        return check.Status switch
        {
            ApiKeyStatus.Malformed => $"The API key is not a PmoFlow key: keys look like {ApiKeyText.Prefix}<{ApiKeyText.IdLength} hex digits>_<64 hex digits>.",
            ApiKeyStatus.Revoked => $"The API key '{check.Key!.Name}' ({check.Key.Id}) was revoked at {KeyPrincipal.Time(check.Key.RevokedAt!.Value)}.",
            ApiKeyStatus.Expired => $"The browser session of '{check.Key!.Name}' ended at {KeyPrincipal.Time(check.Key.ExpiresAt!.Value)}; log in again.",
            _ => "The API key is not valid: no key with that id and secret exists.",
        };
    }
}
