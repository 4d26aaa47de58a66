using Microsoft.Extensions.Options;

namespace PmoFlow.Scripting.JavaScript;

/// <summary>Rejects non-positive limits in <see cref="JavaScriptOptions"/>; register it to validate on start.</summary>
public sealed class JavaScriptOptionsValidator : IValidateOptions<JavaScriptOptions>
{
    /// <inheritdoc />
    public ValidateOptionsResult Validate(string? name, JavaScriptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.MaxStatements <= 0)
        {
            failures.Add($"{JavaScriptOptions.SectionName}:{nameof(options.MaxStatements)} must be positive.");
        }

        if (options.Timeout <= TimeSpan.Zero)
        {
            failures.Add($"{JavaScriptOptions.SectionName}:{nameof(options.Timeout)} must be positive.");
        }

        if (options.MaxMemoryBytes <= 0)
        {
            failures.Add($"{JavaScriptOptions.SectionName}:{nameof(options.MaxMemoryBytes)} must be positive.");
        }

        if (options.MaxRecursionDepth <= 0)
        {
            failures.Add($"{JavaScriptOptions.SectionName}:{nameof(options.MaxRecursionDepth)} must be positive.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
