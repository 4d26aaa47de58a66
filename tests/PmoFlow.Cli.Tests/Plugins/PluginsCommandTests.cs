using PmoFlow.Cli.Tests.Support;
using PmoFlow.Tests.Plugins;

namespace PmoFlow.Cli.Tests.Plugins;

/// <summary><c>pmoflow plugins</c>: the plugins folder loaded into the CLI's own process, or a running server's plugins.</summary>
public sealed class PluginsCommandTests
{
    [Fact]
    public async Task List_LoadsTheFolderIntoThisProcess_AndShowsEachPluginsStateAndError()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        plugins.Add(FixturePlugins.Faulty);
        plugins.Add(FixturePlugins.BadRules);

        var (exit, output, error) = await CliRunner.InvokeAsync("plugins", "list", "--folder", plugins.Root);

        Assert.True(exit == 0, error);
        var lines = CliRunner.Lines(output);
        Assert.Matches(@"^ID +NAME +VERSION +INDUSTRY +STATE +ERROR$", lines[0]);
        Assert.Matches(@"^fixture-bad-rules +Bad rules fixture +1\.0\.0 +pharma +Faulted +rule pack failed: does not compile: rules/validation\.csx\(6,\d+\): PMOR0200: ", lines[1]);
        Assert.Matches(@"^fixture-faulty +Faulty fixture +1\.0\.0 +- +Faulted +ConfigureServices threw System\.InvalidOperationException: The faulty fixture refuses", lines[2]);
        Assert.Matches(@"^fixture-good +Good fixture +1\.0\.0 +construction +Active$", lines[3]);
        Assert.Equal(4, lines.Count);
    }

    [Fact]
    public async Task LoadUnloadReload_InThisProcess_ShowTheRealOutcome_AndAnUnknownIdIsAnError()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);

        var (exit, output, error) = await CliRunner.InvokeAsync("plugins", "unload", FixturePlugins.GoodId, "--folder", plugins.Root);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^fixture-good +Good fixture +1\.0\.0 +- +Unloaded$", CliRunner.Lines(output)[1]);
        Assert.Equal("(in this process only; use --server to unload it on a running server)", CliRunner.Lines(output)[^1]);

        plugins.Add(FixturePlugins.GoodV2, FixturePlugins.Good);
        (exit, output, error) = await CliRunner.InvokeAsync("plugins", "reload", FixturePlugins.GoodId, "--folder", plugins.Root);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^fixture-good +Good fixture +2\.0\.0 +construction +Active$", CliRunner.Lines(output)[1]);

        (exit, output, error) = await CliRunner.InvokeAsync("plugins", "load", "nope", "--folder", plugins.Root);
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: no folder in {plugins.Root} holds a plugin with id 'nope'", error.Trim());
    }

    [Fact]
    public async Task Load_OfAPluginThatFaults_ExitsOne_NamingWhy()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Faulty);

        var (exit, output, error) = await CliRunner.InvokeAsync("plugins", "load", "fixture-faulty", "--folder", plugins.Root);

        Assert.Equal(1, exit);
        Assert.Contains("Faulted", CliRunner.Lines(output)[1], StringComparison.Ordinal);
        Assert.StartsWith("error: load fixture-faulty: it is Faulted: ConfigureServices threw System.InvalidOperationException", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("error: --folder and --server cannot be combined: the server loads its own plugins folder", "--server", "http://localhost:5000", "--folder", ".")]
    [InlineData("error: --server: 'localhost:5000' is not an absolute http(s) URL (such as http://localhost:5000)", "--server", "localhost:5000")]
    [InlineData("error: --folder: 'no-such-folder' is not a folder; give the plugins folder, which holds one folder per plugin", "--folder", "no-such-folder")]
    public async Task List_BadOptions_ExitOne(string expected, params string[] args)
    {
        var (exit, _, error) = await CliRunner.InvokeAsync(["plugins", "list", .. args]);
        Assert.Equal(1, exit);
        Assert.Equal(expected, error.Trim());
    }

    [Fact]
    public async Task Commands_AgainstARunningServer_ChangeItsPlugins()
    {
        using var plugins = new FixturePlugins();
        plugins.Add(FixturePlugins.Good);
        using var server = await ServerProcess.StartAsync($"--PmoFlow:Plugins:Path={plugins.Root}", "--PmoFlow:Plugins:Watch=false");

        var (exit, output, error) = await CliRunner.InvokeAsync("plugins", "list", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^fixture-good +Good fixture +1\.0\.0 +construction +Active$", CliRunner.Lines(output)[1]);

        plugins.Add(FixturePlugins.GoodV2, FixturePlugins.Good);
        (exit, output, error) = await CliRunner.InvokeAsync("plugins", "reload", FixturePlugins.GoodId, "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        Assert.Matches(@"^fixture-good +Good fixture +2\.0\.0 +construction +Active$", CliRunner.Lines(output)[1]);
        Assert.DoesNotContain("in this process only", output, StringComparison.Ordinal);

        (exit, output, _) = await CliRunner.InvokeAsync("plugins", "list", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.Matches(@"^fixture-good +Good fixture +2\.0\.0 +construction +Active$", CliRunner.Lines(output)[1]);

        (exit, _, error) = await CliRunner.InvokeAsync("plugins", "unload", "nope", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.Equal(1, exit);
        Assert.Equal("error: the host knows no plugin with id 'nope'", error.Trim());
    }
}
