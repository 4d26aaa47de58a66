using Microsoft.Extensions.Options;

namespace PmoFlow.Scripting.CSharp;

/// <summary>Rejects <see cref="CSharpExpressionOptions"/> that would make the cache useless or unbounded.</summary>
internal sealed class CSharpExpressionOptionsValidator : IValidateOptions<CSharpExpressionOptions>
{
    public ValidateOptionsResult Validate(string? name, CSharpExpressionOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.MaxCachedExpressions is < 1 or > CSharpExpressionOptions.MaxCachedExpressionsLimit
            ? ValidateOptionsResult.Fail(
                $"{CSharpExpressionOptions.SectionName}:{nameof(CSharpExpressionOptions.MaxCachedExpressions)} must be between 1 and "
                + $"{CSharpExpressionOptions.MaxCachedExpressionsLimit:N0}; it is {options.MaxCachedExpressions}.")
            : ValidateOptionsResult.Success;
    }
}
