using Microsoft.Extensions.Options;
using PmoFlow.Scripting.Rules.Sources;

namespace PmoFlow.Scripting.Rules;

/// <summary>Refuses options that would only fail later, at the first gate, with a less helpful message.</summary>
internal sealed class RuleOptionsValidator : IValidateOptions<RuleOptions>
{
    public ValidateOptionsResult Validate(string? name, RuleOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var section = RuleOptions.SectionName;
        if (!string.IsNullOrWhiteSpace(options.Folder) && !Directory.Exists(options.Folder))
            failures.Add($"{section}:Folder '{options.Folder}' does not exist.");
        if (options.PackName is { } pack && !RulePackSource.IsValidName(pack))
            failures.Add($"{section}:PackName '{pack}' must be lower-case letters, digits, '.', '-' or '_'.");
        if (options.PackName is "default" && options.UseDefaultPack)
            failures.Add($"{section}:PackName 'default' is the bundled pack's name.");
        if (options.ReloadDelay < TimeSpan.Zero) failures.Add($"{section}:ReloadDelay must not be negative.");
        if (options.MaxSteps <= 0) failures.Add($"{section}:MaxSteps must be positive.");
        if (options.MaxCallDepth <= 0) failures.Add($"{section}:MaxCallDepth must be positive.");
        if (options.Timeout <= TimeSpan.Zero) failures.Add($"{section}:Timeout must be positive.");
        if (options.MaxAllocatedBytes <= 0) failures.Add($"{section}:MaxAllocatedBytes must be positive.");
        if (options.CacheFolder is { Length: > 0 } cache && cache.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"{section}:CacheFolder '{cache}' is not a valid path.");
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
