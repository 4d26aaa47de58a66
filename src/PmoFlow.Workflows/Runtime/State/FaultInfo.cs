namespace PmoFlow.Workflows.Runtime.State;

/// <summary>Why an instance faulted.</summary>
/// <param name="ActivityId">The failing activity's id.</param>
/// <param name="ActivityType">The failing activity's type.</param>
/// <param name="ActivityName">The failing activity's name, if any.</param>
/// <param name="Message">The failure message.</param>
/// <param name="ExceptionType">The .NET exception type.</param>
/// <param name="Details">The exception with its stack trace, for diagnosis.</param>
public sealed record FaultInfo(string ActivityId, string ActivityType, string? ActivityName, string Message, string ExceptionType, string? Details)
{
    /// <inheritdoc />
    public override string ToString() => $"{ActivityType} '{ActivityName ?? ActivityId}' failed: {Message}";
}
