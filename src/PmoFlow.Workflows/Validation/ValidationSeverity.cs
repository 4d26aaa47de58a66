namespace PmoFlow.Workflows.Validation;

/// <summary>How serious a validation message is.</summary>
public enum ValidationSeverity
{
    /// <summary>The definition cannot be published or will fault when the flagged part runs.</summary>
    Error,

    /// <summary>The definition works, but probably not as its author intended.</summary>
    Warning,
}
