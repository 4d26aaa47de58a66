using System.Net;
using System.Text.Json;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Rules;

/// <summary>The rule endpoints over the default pack: the packs in force, what-if, and replay of recorded decisions.</summary>
public sealed class RuleEndpointTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    private const string Lenient = """
        // rule: heard
        // gates: gate-2-3
        // version: 2
        // description: one survey answer is enough
        Require("responses", "at least one answer", $"{Surveys.SinceStepEntered.Count}", "≥ 0", Surveys.SinceStepEntered.Count >= 0, "an answer");
        """;

    [Fact]
    public async Task ListRulePacks_ShowsTheDefaultPackWithItsVersionAndRules()
    {
        var packs = await factory.CreateRoutedClient().GetOkAsync("/api/rules");

        // The default pack, asked last; the industry plugins deployed beside the server add the "plugins" pack before it.
        Assert.Equal(["plugins", "default"], packs.EnumerateArray().Select(p => p.Str("name")));
        var pack = packs.EnumerateArray().Last();
        Assert.Equal(("default", "Active"), (pack.Str("name"), pack.Str("state")));
        Assert.Matches("^[0-9a-f]{64}$", pack.Str("hash"));
        Assert.Equal($"rules/default@sha256:{pack.Str("hash")}", pack.Str("evaluator"));
        Assert.Equal(0, pack.GetProperty("lastLoadErrors").GetArrayLength());
        var rules = pack.GetProperty("rules").EnumerateArray().ToList();
        Assert.Equal(10, rules.Count);
        var onboarding = rules.Single(r => r.Str("id") == "onboarding");
        Assert.Equal(["gate-5-6"], onboarding.Strings("gates"));
        Assert.Equal(("1", "onboarding.csx"), (onboarding.Str("version"), onboarding.Str("file")));
    }

    [Fact]
    public async Task WhatIf_LenientCandidate_ListsTheServicesItWouldLetThroughWithBothExplanations()
    {
        var http = factory.CreateRoutedClient();
        await PmoSetup.CharterAndCustomersAsync(http);
        await PmoSetup.ServiceAsync(http, "whatif-1");

        var report = await http.PostOkAsync("/api/rules/whatif", new { name = "lenient", files = new Dictionary<string, string> { ["heard.csx"] = Lenient } });

        Assert.Equal("lenient", report.Str("pack"));
        Assert.True(report.GetProperty("compared").GetInt32() >= 1);
        var change = report.GetProperty("changes").EnumerateArray().Single(c => c.Str("serviceId") == "whatif-1");
        Assert.Equal("gate-2-3", change.Str("gate"));
        var today = change.GetProperty("today");
        var candidate = change.GetProperty("candidate");
        Assert.Equal(("NeedsEvidence", "Ready"), (today.Str("outcome"), candidate.Str("outcome")));
        Assert.StartsWith("3 more survey responses from ", today.Strings("whatWouldPass")[0], StringComparison.Ordinal);
        Assert.Equal("responses", candidate.GetProperty("clauses")[0].Str("name"));
        Assert.StartsWith("rules/lenient@sha256:", candidate.Str("evaluator"), StringComparison.Ordinal);
        // A what-if stores nothing: the service still waits at gate 2→3.
        Assert.Equal("NeedsAssessment", (await http.GetOkAsync("/api/services/whatif-1")).Str("step"));
    }

    [Fact]
    public async Task WhatIf_CandidateThatDoesNotCompile_Is400NamingTheFileLineAndColumn()
    {
        var broken = Lenient.Replace("Surveys.SinceStepEntered.Count >= 0", "Survey.Count >= 0", StringComparison.Ordinal);

        var problem = await factory.CreateRoutedClient().ExpectAsync(HttpMethod.Post, "/api/rules/whatif",
            new { files = new Dictionary<string, string> { ["heard.csx"] = broken } }, HttpStatusCode.BadRequest);

        Assert.Equal("The rule pack does not compile.", problem.Str("title"));
        var message = Assert.Single(problem.GetProperty("errors").GetProperty("files['heard.csx']").EnumerateArray()).GetString();
        Assert.Equal("heard.csx(5,89): error CS0103: The name 'Survey' does not exist in the current context", message);
        var diagnostic = Assert.Single(problem.GetProperty("diagnostics").EnumerateArray());
        Assert.Equal(("heard.csx", 5, 89, "CS0103", "error"),
            (diagnostic.Str("file"), diagnostic.GetProperty("line").GetInt32(), diagnostic.GetProperty("column").GetInt32(), diagnostic.Str("code"), diagnostic.Str("severity")));
    }

    [Fact]
    public async Task WhatIf_HostileCandidate_IsRefusedAtItsPosition()
    {
        var hostile = Lenient.Replace("Require(", "System.IO.File.Delete(\"/tmp/x\"); Require(", StringComparison.Ordinal);

        var problem = await factory.CreateRoutedClient().ExpectAsync(HttpMethod.Post, "/api/rules/whatif",
            new { files = new Dictionary<string, string> { ["heard.csx"] = hostile } }, HttpStatusCode.BadRequest);

        Assert.Equal(["heard.csx(5,1): error PMOR0200: System.IO.File is not allowed in governance rules"],
            problem.GetProperty("errors").GetProperty("files['heard.csx']").EnumerateArray().Select(e => e.GetString()));
    }

    public static TheoryData<string?, string, string> BadBodies => new()
    {
        { null, "body", "A JSON request body is required." },
        { "{}", "files", "'files' is required: an object with each rule file's name and text, such as {\"onboarding.csx\": \"// rule: onboarding ...\"}." },
        { """{"files": {"../evil.csx": "x"}}""", "files['../evil.csx']", "'../evil.csx' is not a rule file name: a name ending in .csx, without path separators, quotes or control characters (such as onboarding.csx)." },
        { """{"files": {"notes.txt": "x"}}""", "files['notes.txt']", "'notes.txt' is not a rule file name: a name ending in .csx, without path separators, quotes or control characters (such as onboarding.csx)." },
        { """{"files": {"a.csx": null}}""", "files['a.csx']", "The file's text is required." },
        { """{"name": "Not A Name", "files": {"a.csx": "x"}}""", "name", "'Not A Name' is not a valid pack name: use 1 to 64 lower-case letters, digits, '.', '-' or '_', starting with a letter or digit." },
        { """{"files": 5}""", "files", "The value of 'files' must be an object (line 1, position 12)." },
        { """{"files": {"a.csx": 5}}""", "files['a.csx']", "The value of 'files['a.csx']' has the wrong type (line 1, position 22)." },
        { """{"files": {""", "body", "The request body is not valid JSON: Expected depth to be zero at the end of the JSON payload. There is an open JSON object or array that should be closed (line 1, position 12)." },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task WhatIf_BadInput_Is400NamingTheField(string? body, string field, string message)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/rules/whatif");
        if (body is not null) request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
        using var response = await factory.CreateRoutedClient().SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(message, Assert.Single(problem.GetProperty("errors").GetProperty(field).EnumerateArray()).GetString());
    }

    [Fact]
    public async Task ReplayAndReevaluate_RecordedEvaluation_DecideAsRecorded()
    {
        var http = factory.CreateRoutedClient();
        await PmoSetup.CharterAndCustomersAsync(http);
        await PmoSetup.ServiceAsync(http, "replayed");
        var latest = await http.GetOkAsync("/api/services/replayed/gate-evaluations/latest");
        var id = latest.Str("id");

        var replay = await http.PostOkAsync($"/api/gate-evaluations/{id}/replay", new { });
        var today = await http.PostOkAsync($"/api/gate-evaluations/{id}/reevaluate", new { });

        Assert.Equal(("Replay", true), (replay.Str("mode"), replay.GetProperty("sameDecision").GetBoolean()));
        Assert.Equal(id, replay.GetProperty("original").Str("id"));
        Assert.Equal(JsonValueKind.Null, replay.GetProperty("replayed").GetProperty("id").ValueKind);
        Assert.Equal(latest.Str("evaluator"), replay.GetProperty("replayed").Str("evaluator"));
        Assert.Equal(latest.GetProperty("clauses").GetRawText(), replay.GetProperty("replayed").GetProperty("clauses").GetRawText());
        Assert.Equal(0, replay.GetProperty("differences").GetArrayLength());
        Assert.Equal(("Reevaluate", true), (today.Str("mode"), today.GetProperty("sameDecision").GetBoolean()));
    }

    [Theory]
    [InlineData("replay")]
    [InlineData("reevaluate")]
    public async Task Replay_UnknownEvaluation_Is404NamingTheId(string verb)
    {
        var problem = await factory.CreateRoutedClient().ExpectAsync(HttpMethod.Post, $"/api/gate-evaluations/ghost/{verb}", null, HttpStatusCode.NotFound);

        Assert.Equal("evaluationId", problem.Str("field"));
        Assert.Equal("No gate evaluation has id 'ghost'.", problem.Str("detail"));
    }
}
