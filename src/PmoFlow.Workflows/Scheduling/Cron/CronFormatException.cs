namespace PmoFlow.Workflows.Scheduling.Cron;

/// <summary>
/// Thrown when a cron expression cannot be parsed. The message carries no "Error when parsing cron
/// expression: " prefix because Elsa's validator adds it; keeping the two apart lets us match Elsa's
/// publish-time validation text exactly.
/// </summary>
internal sealed class CronFormatException : FormatException
{
    public const string InvalidFormat = "The given cron expression has an invalid format.";

    public CronFormatException()
        : base(InvalidFormat)
    {
    }

    public CronFormatException(string message)
        : base(message)
    {
    }

    public CronFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>An error located in one field, worded like Cronos: "... format. Seconds: Value must be ...".</summary>
    public static CronFormatException ForField(CronField field, string detail) =>
        new($"{InvalidFormat} {field.Name}: {detail}");
}
