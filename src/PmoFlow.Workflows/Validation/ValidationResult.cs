namespace PmoFlow.Workflows.Validation;

/// <summary>Everything a validation found, in document order where positions are known.</summary>
public sealed class ValidationResult
{
    /// <summary>Creates a result holding <paramref name="messages"/>.</summary>
    public ValidationResult(IEnumerable<ValidationMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        Messages = messages.ToArray();
        Errors = Messages.Where(m => m.Severity == ValidationSeverity.Error).ToArray();
        Warnings = Messages.Where(m => m.Severity == ValidationSeverity.Warning).ToArray();
    }

    /// <summary>Every message, errors and warnings together.</summary>
    public IReadOnlyList<ValidationMessage> Messages { get; }

    /// <summary>Whether any message is an error: such a definition should not be published.</summary>
    public bool HasErrors => Errors.Count > 0;

    /// <summary>The errors only.</summary>
    public IReadOnlyList<ValidationMessage> Errors { get; }

    /// <summary>The warnings only.</summary>
    public IReadOnlyList<ValidationMessage> Warnings { get; }

    /// <inheritdoc />
    public override string ToString() => string.Join(Environment.NewLine, Messages);
}
