using Microsoft.Extensions.Logging;

namespace PmoFlow.Server;

/// <summary>The server's log messages.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Warning, Message = "Elsa Studio called {Method} /elsa/api{Path}{Query}, which PmoFlow does not implement.")]
    public static partial void ElsaEndpointUnsupported(this ILogger logger, string method, string path, string query);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Serving Elsa Studio {Version} from {Folder}.")]
    public static partial void StudioAssetsFound(this ILogger logger, string version, string folder);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "The Elsa Studio assets are missing ({Folder}); the designer pages say so. Build the server (npm ci runs then) or set PmoFlow:Designer:StudioPath.")]
    public static partial void StudioAssetsMissing(this ILogger logger, string folder);

    [LoggerMessage(EventId = 4, Level = LogLevel.Warning,
        Message = "Created the first admin API key ({KeyId}) and wrote it to {Path}, readable by this user only. Send it as 'Authorization: ApiKey <key>' or 'X-Api-Key: <key>', or paste it at /login.")]
    public static partial void FirstAdminKeyWritten(this ILogger logger, string keyId, string path);
}
