using Microsoft.Extensions.Options;

namespace PmoFlow.Server.Access;

/// <summary>Refuses settings that would only fail later: a login that never lasts, an admin key file that cannot be a file.</summary>
internal sealed class AccessOptionsValidator : IValidateOptions<AccessOptions>
{
    private static readonly TimeSpan LongestSession = TimeSpan.FromDays(30);

    public ValidateOptionsResult Validate(string? name, AccessOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (options.SessionLifetime <= TimeSpan.Zero || options.SessionLifetime > LongestSession)
            failures.Add($"{AccessOptions.SectionName}:SessionLifetime must be more than zero and at most 30 days (was {options.SessionLifetime}).");
        if (options.AdminKeyFile is { } file && (string.IsNullOrWhiteSpace(file) || file.IndexOfAny(Path.GetInvalidPathChars()) >= 0 || Directory.Exists(file)))
            failures.Add($"{AccessOptions.SectionName}:AdminKeyFile '{file}' must be the path of a file.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
