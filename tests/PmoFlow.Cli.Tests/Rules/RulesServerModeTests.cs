using System.Text.Json;
using PmoFlow.Cli.Tests.Support;

namespace PmoFlow.Cli.Tests.Rules;

/// <summary>The rule and replay commands with <c>--server</c> against the real server process: the same answers as locally.</summary>
public sealed class RulesServerModeTests
{
    [Fact]
    public async Task RuleCommands_AgainstRunningServer_AnswerAsLocalModeDoes()
    {
        using var server = await ServerProcess.StartAsync();
        using var lenient = RuleFolder.CopyOfDefault("lenient");
        lenient.Replace("onboarding.csx", "var share = Thresholds.OnboardedShare;", "var share = 0.5m;");
        using var broken = new RuleFolder();
        broken.WriteRule("probe", "Require(\"a\", \"a\", Missing, \"a\", true, \"\");\n");

        var (exit, output, error) = await CliRunner.InvokeAsync("rules", "list", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        Assert.Contains("default: active, 10 rules", CliRunner.Lines(output));
        Assert.Contains(CliRunner.Lines(output), l => l.StartsWith("  version  rules/default@sha256:", StringComparison.Ordinal));

        (exit, output, error) = await CliRunner.InvokeAsync("rules", "whatif", lenient.Path, "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        Assert.Equal("12 services, 12 at a gate the candidate decides, 1 would change", CliRunner.Lines(output)[1]);
        Assert.Equal("resource-management  gate-5-6: NeedsEvidence -> Ready", CliRunner.Lines(output)[3]);

        (exit, output, error) = await CliRunner.InvokeAsync("rules", "whatif", broken.Path, "--server", server.Url, "--api-key", server.AdminKey);
        Assert.Equal(1, exit);
        Assert.Equal([$"{Path.Join(broken.Path, "probe.csx")}(5,19): error CS0103: The name 'Missing' does not exist in the current context"], CliRunner.Lines(output));
        Assert.Equal($"error: {broken.Path}: the pack does not compile, so nothing was compared", error.Trim());

        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        http.DefaultRequestHeaders.Add("X-Api-Key", server.AdminKey);
        var latest = JsonDocument.Parse(await http.GetStringAsync(new Uri("/api/services/resource-management/gate-evaluations/latest", UriKind.Relative))).RootElement;
        var id = latest.GetProperty("id").GetString()!;
        (exit, output, error) = await CliRunner.InvokeAsync("gates", "replay", id, "--server", server.Url, "--api-key", server.AdminKey);
        Assert.True(exit == 0, error);
        Assert.Equal($"evaluation {id} of gate-5-6 for resource-management (turn 1) at ", CliRunner.Lines(output)[0][..^20]);
        Assert.Equal("same decision: outcome, waiver and every clause as recorded", CliRunner.Lines(output)[^1]);

        (exit, _, error) = await CliRunner.InvokeAsync("gates", "reevaluate", "ghost", "--server", server.Url, "--api-key", server.AdminKey);
        Assert.Equal((1, "error: no gate evaluation has id 'ghost'"), (exit, error.Trim()));
    }
}
