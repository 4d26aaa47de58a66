namespace PmoFlow.Core.Ports;

/// <summary>A write was refused because of the data: an unknown id, a duplicate, a decision already made.</summary>
/// <param name="field">The offending field, as the API names it (<c>serviceId</c>, <c>kpiId</c>...).</param>
/// <param name="message">What is wrong.</param>
/// <param name="isNotFound">Whether the problem is an unknown id (404) rather than invalid data (400/409).</param>
public sealed class PmoDataException(string field, string message, bool isNotFound = false) : Exception(message)
{
    /// <summary>The offending field.</summary>
    public string Field { get; } = field;

    /// <summary>Whether an id was not found.</summary>
    public bool IsNotFound { get; } = isNotFound;
}
