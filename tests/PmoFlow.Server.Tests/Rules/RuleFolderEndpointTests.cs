using System.Net;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Rules;

/// <summary>A rule folder of the organization's own: its load errors through the API, and a hostile rule that stops only its own gate.</summary>
public sealed class RuleFolderEndpointTests
{
    private const string Fine = "Require(\"sponsor-set\", \"the service has a sponsor\", Service.Sponsor, \"a sponsor\", Service.Sponsor.Length > 0, \"name a sponsor\");\n";

    [Fact]
    public async Task ListRulePacks_BrokenFolder_ShowsTheLoadErrorsAtFileLineAndColumn_AndKeepsTheWorkingVersionAfterABrokenEdit()
    {
        using var factory = new RuleServerFactory();
        factory.WriteRule("sponsor.csx", "gate-1-2", "var x = Sponsr;\n" + Fine);
        var http = factory.CreateRoutedClient();

        var packs = (await http.GetOkAsync("/api/rules")).EnumerateArray().ToList();

        Assert.Equal(["acme", "plugins", "default"], packs.Select(p => p.Str("name")));
        var acme = packs[0];
        Assert.Equal(("Failed", System.Text.Json.JsonValueKind.Null), (acme.Str("state"), acme.GetProperty("hash").ValueKind));
        Assert.Equal(factory.Rules, acme.Str("origin"));
        var error = Assert.Single(acme.GetProperty("lastLoadErrors").EnumerateArray());
        Assert.Equal(("sponsor.csx", 5, 9, "CS0103", "error"),
            (error.Str("file"), error.GetProperty("line").GetInt32(), error.GetProperty("column").GetInt32(), error.Str("code"), error.Str("severity")));
        Assert.Equal("sponsor.csx(5,9): error CS0103: The name 'Sponsr' does not exist in the current context", error.Str("text"));
        Assert.Equal("Active", packs[1].Str("state"));

        // Fixed, then broken again: the fixed version stays active and the API says why the edit is not.
        factory.WriteRule("sponsor.csx", "gate-1-2", Fine);
        var fixedPack = await http.PostOkAsync("/api/rules/acme/reload", new { });
        Assert.Equal(("Active", 1), (fixedPack.Str("state"), fixedPack.GetProperty("rules").GetArrayLength()));
        factory.WriteRule("sponsor.csx", "gate-1-2", Fine + "System.Environment.Exit(1);\n");
        await http.PostOkAsync("/api/rules/acme/reload", new { });

        var kept = (await http.GetOkAsync("/api/rules"))[0];
        Assert.Equal(("ActiveWithErrors", fixedPack.Str("hash")), (kept.Str("state"), kept.Str("hash")));
        Assert.Equal("sponsor.csx(6,1): error PMOR0200: System.Environment is not allowed in governance rules",
            Assert.Single(kept.GetProperty("lastLoadErrors").EnumerateArray()).Str("text"));
        Assert.Matches("^[0-9a-f]{64}$", kept.Str("failedHash"));
    }

    [Fact]
    public async Task ReloadRulePack_UnknownPack_Is404NamingIt()
    {
        using var factory = new RuleServerFactory();
        factory.WriteRule("sponsor.csx", "gate-1-2", Fine);

        var problem = await factory.CreateRoutedClient().ExpectAsync(HttpMethod.Post, "/api/rules/ghost/reload", null, HttpStatusCode.NotFound);

        Assert.Equal(("name", "No rule pack is called 'ghost' (packs: acme, plugins, default)."), (problem.Str("field"), problem.Str("detail")));
    }

    [Fact]
    public async Task HostileRule_EndlessLoop_BlocksOnlyItsGate_AndTheServerKeepsServing()
    {
        using var factory = new RuleServerFactory();
        factory.WriteRule("spin.csx", "gate-1-2", "while (true) { }\n" + Fine);
        var http = factory.CreateRoutedClient();
        await PmoSetup.CharterAndCustomersAsync(http);

        var service = await PmoSetup.ServiceAsync(http, "spun");

        Assert.Equal("AwarenessBuilding", service.Str("step"));
        var evaluation = await http.GetOkAsync("/api/services/spun/gate-evaluations/latest");
        Assert.Equal("Blocked", evaluation.Str("outcome"));
        Assert.StartsWith("rules/acme@sha256:", evaluation.Str("evaluator"), StringComparison.Ordinal);
        var failed = evaluation.GetProperty("clauses").EnumerateArray().Single(c => c.Str("name") == "rule-failed");
        Assert.Equal("stopped: the rule ran more than 1,000,000 steps (loop iterations and calls): an endless loop?", failed.Str("observed"));
        Assert.Equal("ok", (await http.GetOkAsync("/health")).Str("status"));
        Assert.Equal(3, (await http.GetOkAsync("/api/rules")).GetArrayLength());

        // The replay of the blocked decision runs the same loop again and is stopped the same way.
        var replay = await http.PostOkAsync($"/api/gate-evaluations/{evaluation.Str("id")}/replay", new { });
        Assert.True(replay.GetProperty("sameDecision").GetBoolean());
    }

    [Fact]
    public async Task Replay_EvaluationOfTheBuiltInRules_Is409SayingWhy()
    {
        using var factory = new RuleServerFactory();
        factory.WriteRule("other.csx", "gate-9-10", Fine);
        var http = factory.WithWebHostBuilder(b => b.UseSetting("PmoFlow:Rules:UseDefaultPack", "false")).CreateRoutedClient();
        await PmoSetup.CharterAndCustomersAsync(http);
        await PmoSetup.ServiceAsync(http, "built-in");
        var evaluation = await http.GetOkAsync("/api/services/built-in/gate-evaluations/latest");

        var problem = await http.ExpectAsync(HttpMethod.Post, $"/api/gate-evaluations/{evaluation.Str("id")}/replay", null, HttpStatusCode.Conflict);

        Assert.Equal("evaluationId", problem.Str("field"));
        Assert.Equal($"Evaluation {evaluation.Str("id")} was made by built-in/1, which records no context to replay.", problem.Str("detail"));
    }
}
