using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary><c>--server</c> failures that need no server to test.</summary>
public sealed class ServerModeTests
{
    [Fact]
    public async Task Status_ServerNotRunning_SaysSoClearly()
    {
        // Port 1 on loopback: nothing listens there, so the connection is refused at once.
        var (exit, output, error) = await CliRunner.InvokeAsync("status", "--server", "http://127.0.0.1:1");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.StartsWith("error: cannot reach the PmoFlow server at http://127.0.0.1:1 (", error);
        Assert.Contains("Is it running? Start it with: dotnet run --project src/PmoFlow.Server", error);
    }

    [Theory]
    [InlineData("error: --server: 'localhost:5000' is not an absolute http(s) URL (such as http://localhost:5000)", "--server", "localhost:5000")]
    [InlineData("error: --db and --server cannot be combined: the server uses its own database", "--server", "http://localhost:5000", "--db", "x.db")]
    [InlineData("error: --api-key goes with --server: the local database needs no key", "--api-key", "pmo_0123456789abcdef_00")]
    [InlineData("error: --api-key: the key is empty or has spaces in it; PmoFlow keys look like pmo_<id>_<secret>", "--server", "http://localhost:5000", "--api-key", "pmo_1 2")]
    public async Task Status_BadConnectionOptions_ExitOne(string expected, params string[] args)
    {
        var (exit, _, error) = await CliRunner.InvokeAsync(["status", .. args]);
        Assert.Equal(1, exit);
        Assert.Equal(expected, error.Trim());
    }
}
