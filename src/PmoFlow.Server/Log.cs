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
}
