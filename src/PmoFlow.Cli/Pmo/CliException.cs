namespace PmoFlow.Cli.Pmo;

/// <summary>A failure the user can act on; the command prints <c>error: </c> and the message, and exits 1.</summary>
internal sealed class CliException(string message, Exception? innerException = null) : Exception(message, innerException)
{
    /// <summary>The message for an id that names no service, worded the same in local and server mode.</summary>
    public static CliException NoService(string serviceId) => new($"no service '{serviceId}'");

    /// <summary>The message for an id that names no API key.</summary>
    public static CliException NoKey(string keyId) => new($"no API key '{keyId}'");
}
