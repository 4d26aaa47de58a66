using Microsoft.AspNetCore.Builder;

namespace PmoFlow.Server.Tests;

/// <summary><c>--no-demo</c> works as a bare switch on the server's command line.</summary>
public sealed class ServerArgumentsTests
{
    [Fact]
    public void Normalize_RewritesNoDemo_AndKeepsEverythingElse()
    {
        var args = ServerArguments.Normalize(["--urls", "http://localhost:5080", "--no-demo"]);

        Assert.Equal(["--urls", "http://localhost:5080", "--PmoFlow:Demo:Enabled=false"], args);
    }

    [Fact]
    public void NoDemo_TurnsTheDemoOffInConfiguration()
    {
        var builder = WebApplication.CreateBuilder(ServerArguments.Normalize(["--no-demo"]));

        Assert.Equal("false", builder.Configuration[ServerArguments.DemoEnabledKey]);
    }

    [Fact]
    public void WithoutNoDemo_ConfigurationIsUntouched()
    {
        var builder = WebApplication.CreateBuilder(ServerArguments.Normalize([]));

        Assert.Null(builder.Configuration[ServerArguments.DemoEnabledKey]);
    }
}
