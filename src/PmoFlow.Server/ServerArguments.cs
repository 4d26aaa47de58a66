namespace PmoFlow.Server;

/// <summary>
/// Turns the server's own switches into configuration keys before the host reads the command line. A plain
/// <c>AddCommandLine</c> switch mapping still wants a value (<c>--no-demo true</c>); people type <c>--no-demo</c>.
/// </summary>
internal static class ServerArguments
{
    /// <summary>The switch that starts the server without the demo data.</summary>
    public const string NoDemo = "--no-demo";

    /// <summary>The configuration key AddPmoFlow reads to seed the demo data.</summary>
    public const string DemoEnabledKey = "PmoFlow:Demo:Enabled";

    /// <summary><paramref name="args"/> with <c>--no-demo</c> rewritten as <c>--PmoFlow:Demo:Enabled=false</c>; everything else as given.</summary>
    public static string[] Normalize(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        return [.. args.Select(a => string.Equals(a, NoDemo, StringComparison.OrdinalIgnoreCase) ? $"--{DemoEnabledKey}=false" : a)];
    }
}
