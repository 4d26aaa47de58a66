using System.Reflection;
using System.Runtime.Loader;
using Microsoft.Extensions.Options;

namespace PmoFlow.Plugins;

/// <summary>Refuses options that would only fail later, at the first load or file change, with a less helpful message.</summary>
internal sealed class PluginOptionsValidator : IValidateOptions<PluginOptions>
{
    private static readonly TimeSpan MaxDebounce = TimeSpan.FromMinutes(1);

    public ValidateOptionsResult Validate(string? name, PluginOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        const string Section = PluginOptions.SectionName;
        if (string.IsNullOrWhiteSpace(options.Path))
            failures.Add($"{Section}:Path is required.");
        else if (options.Path.IndexOfAny(System.IO.Path.GetInvalidPathChars()) >= 0)
            failures.Add($"{Section}:Path '{options.Path}' is not a valid path.");
        if (options.WatchDebounce < TimeSpan.Zero || options.WatchDebounce > MaxDebounce)
            failures.Add($"{Section}:WatchDebounce must be between 0 and {MaxDebounce} (was {options.WatchDebounce}).");
        if (options.DrainTimeout <= TimeSpan.Zero)
            failures.Add($"{Section}:DrainTimeout must be positive (was {options.DrainTimeout}).");
        if (options.UnloadTimeout <= TimeSpan.Zero)
            failures.Add($"{Section}:UnloadTimeout must be positive (was {options.UnloadTimeout}).");
        foreach (var shared in options.SharedAssemblies)
        {
            if (!IsLoadable(shared))
                failures.Add($"{Section}:SharedAssemblies names '{shared}', which the host cannot load: a shared assembly must be one the host itself references.");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static bool IsLoadable(string name)
    {
        if (string.IsNullOrWhiteSpace(name)) return false;
        try
        {
            AssemblyLoadContext.Default.LoadFromAssemblyName(new AssemblyName(name));
            return true;
        }
        catch (Exception ex) when (ex is FileNotFoundException or FileLoadException or BadImageFormatException or ArgumentException)
        {
            return false;
        }
    }
}
