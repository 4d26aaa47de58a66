namespace PmoFlow.Workflows.Validation;

internal static class JsonErrors
{
    /// <summary>
    /// Drops System.Text.Json's <c> Path: .. | LineNumber: .. | BytePositionInLine: ..</c> tail: those positions are
    /// 0-based and count bytes, while messages here give 1-based lines and columns of their own.
    /// </summary>
    public static string WithoutPosition(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        if (cut < 0) cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }
}
