using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Pmo;

/// <summary><c>pmoflow service add</c> on a local database.</summary>
public sealed class ServiceAddTests
{
    [Fact]
    public async Task Add_NewService_StartsItsFlywheel_AndMeetsTheNextGate()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        var (exit, output, error) = await database.RunAsync("service", "add", "--name", "Capability reviews", "--sponsor", "Priya Raman (CIO)",
            "--customer", "cio", "--customer", "pm-community", "--target-users", "40", "--description", "Yearly capability reviews of delivery teams.");
        Assert.True(exit == 0, error);
        Assert.Equal(
        [
            "created capability-reviews (Capability reviews): now in 2 Needs Assessment (turn 1)",
            "gate-2-3: NeedsEvidence: 3 more survey responses from executives or project-managers",
        ], CliRunner.Lines(output));

        var (_, show, _) = await database.RunAsync("service", "show", "capability-reviews");
        Assert.Contains("  customers  cio, pm-community", show);
        Assert.Contains("via gate-1-2", show);
    }

    [Theory]
    [InlineData("error: --target-users: must be 1 or more (it is 0)", "--customer", "cio", "--target-users", "0")]
    [InlineData("error: --target-users: a service needs its number of target users (1 or more)", "--customer", "cio")]
    [InlineData("error: --customer: a service needs at least one customer id (every service has customers)", "--target-users", "5")]
    [InlineData("error: --id: 'a b' may hold only letters, digits, '.', '_' and '-', and must start with a letter or digit", "--id", "a b", "--customer", "cio", "--target-users", "5")]
    public async Task Add_BadInput_NamesTheField_WithoutOpeningTheDatabase(string expected, params string[] args)
    {
        using var database = PmoDatabase.Empty();
        var (exit, _, error) = await database.RunAsync(["service", "add", "--name", "X", "--sponsor", "S", .. args]);
        Assert.Equal(1, exit);
        Assert.Equal(expected, error.Trim());
        Assert.False(File.Exists(database.Path));
    }

    [Fact]
    public async Task Add_UnknownCustomerOrTakenId_ExitsOne()
    {
        using var database = await PmoDatabase.WithDemoAsync();
        var (exit, _, error) = await database.RunAsync("service", "add", "--name", "X", "--sponsor", "S", "--customer", "ghost", "--target-users", "5");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: --customer: no customer 'ghost' (known customers: ", error);

        (exit, _, error) = await database.RunAsync("service", "add", "--id", "agile-coaching", "--name", "X", "--sponsor", "S", "--customer", "cio", "--target-users", "5");
        Assert.Equal(1, exit);
        Assert.Equal("error: --id: a service with id 'agile-coaching' already exists", error.Trim());
    }

    [Fact]
    public async Task Status_EmptyDatabase_SaysHowToStart()
    {
        using var database = PmoDatabase.Empty();
        var (exit, output, _) = await database.RunAsync("status");
        Assert.Equal(0, exit);
        Assert.StartsWith($"no services in {database.Path}; add one with 'pmoflow service add'", output);
    }
}
