namespace PmoFlow.Workflows.Validation;

/// <summary>One concern of workflow validation; rules are stateless and share one <see cref="ValidationContext"/>.</summary>
internal interface IValidationRule
{
    void Check(ValidationContext context);
}
