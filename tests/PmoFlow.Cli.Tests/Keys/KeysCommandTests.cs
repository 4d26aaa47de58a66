using PmoFlow.Cli.Tests.Support;
using PmoFlow.Core.Access;

namespace PmoFlow.Cli.Tests.Keys;

/// <summary><c>pmoflow keys</c> on the local database: on the server's own machine, no key is needed to manage keys.</summary>
public sealed class KeysCommandTests
{
    [Fact]
    public async Task CreateListRevoke_OnTheLocalDatabase()
    {
        using var database = PmoDatabase.Empty();

        var (exit, output, error) = await database.RunAsync("keys", "create", "--role", "gate-agent", "--name", "ci-bot");

        Assert.True(exit == 0, error);
        var key = Assert.Single(CliRunner.Lines(output));
        Assert.True(ApiKeyText.TryParse(key, out var id, out _));
        Assert.Equal($"created API key {id} for ci-bot (gate-agent); this is the only time it is shown, so store it now", error.Trim());

        (exit, output, _) = await database.RunAsync("keys", "list");
        Assert.Equal(0, exit);
        var lines = CliRunner.Lines(output);
        Assert.Equal(["ID", "NAME", "ROLE", "STATE", "CREATED", "LAST USED", "SESSION OF"], lines[0].Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.Matches($"^{id}  ci-bot  gate-agent  active  \\d{{4}}-\\d\\d-\\d\\d \\d\\d:\\d\\d UTC  never$", lines[1]);
        Assert.Equal("1 of 1 in force", lines[^1]);

        (exit, output, _) = await database.RunAsync("keys", "revoke", id);
        Assert.Equal(0, exit);
        Assert.StartsWith($"revoked API key {id} of ci-bot (gate-agent) at ", output, StringComparison.Ordinal);
        (_, output, _) = await database.RunAsync("keys", "list");
        Assert.Contains($"{id}  ci-bot  gate-agent  revoked ", output, StringComparison.Ordinal);
        Assert.Equal("0 of 1 in force", CliRunner.Lines(output)[^1]);
    }

    [Theory]
    [InlineData("error: --role: 'boss' is not a role; use one of: viewer, gate-agent, architect, admin", "create", "--role", "boss", "--name", "x")]
    [InlineData("error: --name: a key needs a name saying who holds it", "create", "--role", "viewer", "--name", " ")]
    [InlineData("error: no API key 'feedfacefeedface'", "revoke", "feedfacefeedface")]
    public async Task BadInput_SaysWhatIsWrong(string expected, params string[] args)
    {
        using var database = PmoDatabase.Empty();

        var (exit, output, error) = await database.RunAsync(["keys", .. args]);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Equal(expected, error.Trim());
    }
}
