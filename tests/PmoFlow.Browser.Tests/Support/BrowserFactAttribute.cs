namespace PmoFlow.Browser.Tests.Support;

/// <summary>
/// A test that needs Debian's chromium. Outside CI a machine without it skips the test and says why; in CI (CI=true)
/// the test runs regardless and fails loudly, because .ci/run installs chromium and a missing one is a broken setup.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (!File.Exists(Chromium.ExecutablePath) && !Chromium.InCi)
            Skip = $"{Chromium.ExecutablePath} is not installed (apt-get install chromium); browser tests skipped outside CI.";
    }
}
