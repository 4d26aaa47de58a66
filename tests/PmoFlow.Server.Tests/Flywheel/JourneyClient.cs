using System.Text.Json;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Flywheel;

/// <summary>The calls a PMO makes while a service turns, each returning the service view the API answers with.</summary>
internal sealed class JourneyClient(HttpClient client, ManualTimeProvider clock, string serviceId)
{
    public HttpClient Http => client;

    public void Wait(TimeSpan time) => clock.Advance(time);

    public async Task<JsonElement> SurveyAsync(string group, int? csat = null, int? nps = null) =>
        (await client.PostCreatedAsync($"/api/services/{serviceId}/survey-responses", new { customerGroup = group, csat, nps, comment = "pulse" })).GetProperty("service");

    public async Task<(string KpiId, JsonElement Service)> KpiAsync(string name, string unit, string goodDirection, decimal baseline, decimal target)
    {
        var created = await client.PostCreatedAsync($"/api/services/{serviceId}/kpis",
            new { name, unit, goodDirection, baseline, target, targetDate = new DateOnly(2026, 12, 31), owner = "PMO lead" });
        return (created.GetProperty("kpi").Str("id"), created.GetProperty("service"));
    }

    public async Task<JsonElement> ObserveAsync(object observation)
    {
        var recorded = await client.PostCreatedAsync($"/api/services/{serviceId}/observations", observation);
        Assert.False(string.IsNullOrEmpty(recorded.GetProperty("observation").Str("id")));
        return recorded.GetProperty("service");
    }

    public async Task<JsonElement> PendingApprovalAsync(string gate)
    {
        var approvals = await client.GetOkAsync($"/api/approvals?role=sponsor&serviceId={serviceId}");
        var approval = Assert.Single(approvals.EnumerateArray());
        Assert.Equal(gate, approval.Str("gate"));
        Assert.Equal("Pending", approval.Str("status"));
        return approval;
    }

    public async Task<JsonElement> ApproveAsync(string approvalId)
    {
        var decided = await client.PostOkAsync($"/api/approvals/{approvalId}/decision", new { decision = "approved", decidedBy = "cfo", comment = "Agreed" });
        Assert.Equal("Approved", decided.GetProperty("approval").Str("status"));
        return decided.GetProperty("service");
    }

    /// <summary>Asserts the service is in <paramref name="step"/>; when <paramref name="gate"/> is given, that the gate blocks, wanting exactly <paramref name="wants"/>.</summary>
    public static void At(JsonElement service, string step, string? gate = null, params string[] wants)
    {
        Assert.Equal(step, service.Str("step"));
        if (gate is null) return;
        var evaluation = service.GetProperty("gate");
        Assert.Equal(gate, evaluation.Str("gate"));
        Assert.NotEqual("Ready", evaluation.Str("outcome"));
        Assert.Equal(wants, evaluation.Strings("whatWouldPass"));
    }
}
