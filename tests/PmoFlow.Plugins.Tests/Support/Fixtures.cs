namespace PmoFlow.Plugins.Tests.Support;

/// <summary>The fixture plugins (tests/PluginFixtures), as built into this test's output.</summary>
internal static class Fixtures
{
    public const string Good = "Fixture.Good";
    public const string GoodV2 = "Fixture.Good.V2";
    public const string Faulty = "Fixture.Faulty";
    public const string JsonOld = "Fixture.JsonOld";
    public const string JsonNew = "Fixture.JsonNew";
    public const string OwnContract = "Fixture.OwnContract";

    public static string PathOf(string fixture)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "plugin-fixtures", fixture);
        return Directory.Exists(path) ? path : throw new DirectoryNotFoundException($"Fixture {fixture} was not built into {path}; build the test project.");
    }
}
