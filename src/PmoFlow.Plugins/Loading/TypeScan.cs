using System.Reflection;

namespace PmoFlow.Plugins.Loading;

/// <summary>
/// <see cref="Assembly.GetTypes"/> with its loader exceptions kept: Scrutor swallows them, so a plugin missing a
/// dependency would otherwise register fewer types and say nothing.
/// </summary>
internal static class TypeScan
{
    public static Type[] GetTypes(Assembly assembly, List<string> problems)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException ex)
        {
            foreach (var message in ex.LoaderExceptions.Where(e => e is not null).Select(e => e!.Message).Distinct(StringComparer.Ordinal))
                problems.Add($"{assembly.GetName().Name}: {message}");
            return ex.Types.Where(t => t is not null).ToArray()!;
        }
    }
}
