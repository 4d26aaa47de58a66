using PmoFlow.Core.Access;
using PmoFlow.Server.Tests.Support;

namespace PmoFlow.Server.Tests.Api;

/// <summary>The probe answers, and the OpenAPI document names and tags every endpoint.</summary>
public sealed class HealthAndOpenApiTests(PmoFlowServerFactory factory) : IClassFixture<PmoFlowServerFactory>
{
    [Fact]
    public async Task Health_ReturnsOk()
    {
        var health = await factory.CreateClient().GetOkAsync("/health");

        Assert.Equal("ok", health.Str("status"));
    }

    [Fact]
    public async Task OpenApi_NamesAndTagsEveryOperation()
    {
        var document = await factory.CreateClient(PmoRole.Viewer).GetOkAsync("/openapi/v1.json");

        var operations = document.GetProperty("paths").EnumerateObject()
            .SelectMany(path => path.Value.EnumerateObject().Where(o => o.Name is "get" or "post" or "put" or "delete").Select(o => (Path: path.Name, Verb: o.Name, Operation: o.Value)))
            .ToList();
        Assert.All(operations, o =>
        {
            Assert.True(o.Operation.TryGetProperty("operationId", out var id) && id.GetString() is { Length: > 0 }, $"{o.Verb} {o.Path} has no operationId");
            Assert.True(o.Operation.TryGetProperty("tags", out var tags) && tags.GetArrayLength() > 0, $"{o.Verb} {o.Path} has no tag");
        });
        var ids = operations.Select(o => o.Operation.Str("operationId")).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Subset(ids.ToHashSet(StringComparer.Ordinal), new HashSet<string>(StringComparer.Ordinal)
        {
            "CreateService", "ListServices", "GetService", "GetServiceHistory", "EvaluateService", "CreateKpi", "ListKpis", "RecordObservation",
            "CreateBenefit", "ListBenefits", "RecordBenefitPeriod", "ValidateBenefit", "RecordSurveyResponse", "ListSurveyResponses", "ListApprovals",
            "DecideApproval", "ListGateEvaluations", "GetLatestGateEvaluation", "GrantWaiver", "ListWaivers", "GetCharter", "PutCharter", "GetBaseline",
            "PutBaseline", "GetThresholds", "PutThresholds", "ListCustomers", "CreateCustomer", "ListValueStatements", "PublishValueStatement", "ListAudit", "GetHealth",
            "ListRulePacks", "ReloadRulePack", "WhatIfRulePack", "ReplayGateEvaluation", "ReevaluateGateEvaluation",
        });
    }
}
