namespace PmoFlow.Hosting.Demo;

/// <summary>Whether a sample PMO is seeded into an empty database on start (section <c>PmoFlow:Demo</c>; the server's <c>--no-demo</c> turns it off).</summary>
public sealed class DemoOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "PmoFlow:Demo";

    /// <summary>Seed the sample PMO when the store holds no services. On by default so a first start shows the engine at work.</summary>
    public bool Enabled { get; set; } = true;
}
