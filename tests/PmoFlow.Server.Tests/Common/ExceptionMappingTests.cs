using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PmoFlow.Core.Ports;
using PmoFlow.Server.Common;

namespace PmoFlow.Server.Tests.Common;

/// <summary>How exceptions that mean "bad request" become problems, checked without a server.</summary>
public sealed class ExceptionMappingTests
{
    [Fact]
    public void UnknownId_Is404NamingTheField()
    {
        var problem = PmoExceptionHandler.ToProblem(new PmoDataException("kpiId", "No KPI 'x'.", isNotFound: true))!;

        Assert.Equal(404, problem.Status);
        Assert.Equal("kpiId", problem.Extensions["field"]);
        Assert.Equal(["No KPI 'x'."], problem.Errors["kpiId"]);
    }

    [Fact]
    public void StoreRefusal_Is409()
    {
        var problem = PmoExceptionHandler.ToProblem(new PmoDataException("decision", "Already approved."))!;

        Assert.Equal(409, problem.Status);
    }

    [Fact]
    public void MalformedBody_Is400NamingThePath()
    {
        var json = Assert.ThrowsAny<JsonException>(() => JsonSerializer.Deserialize<Probe>("""{"periods":[{"planned":"lots"}]}""", new JsonSerializerOptions(JsonSerializerDefaults.Web)));

        var problem = PmoExceptionHandler.ToProblem(new BadHttpRequestException("Failed to read parameter.", json), typeof(Probe))!;

        Assert.Equal(400, problem.Status);
        Assert.Contains("periods[0].planned", problem.Errors.Keys);
        Assert.Contains("must be a number", problem.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherExceptions_AreLeftToTheDefaultHandler() => Assert.Null(PmoExceptionHandler.ToProblem(new InvalidOperationException("bug")));

    [Theory]
    [InlineData("cost-avoidance", true)]
    [InlineData("CostAvoidance", true)]
    [InlineData("cost avoidance", true)]
    [InlineData("2", false)]
    [InlineData("avoidance", false)]
    public void EnumNames_AreReadLeniently_ButNeverAsNumbers(string text, bool parsed) =>
        Assert.Equal(parsed, ApiNames.TryParse<PmoFlow.Core.Benefits.BenefitCategory>(text, out _));

    [Theory]
    [InlineData("Portfolio Reporting (EMEA)", "portfolio-reporting-emea")]
    [InlineData("  Risk -- management  ", "risk-management")]
    public void Slug_IsUrlSafe(string name, string slug) => Assert.Equal(slug, ApiIds.Slug(name));

    [Theory]
    [InlineData("periods[2].planned", typeof(decimal))]
    [InlineData("periods", typeof(IReadOnlyList<ProbePeriod>))]
    [InlineData("periods[0].missing", null)]
    public void FieldType_FollowsTheJsonPath(string field, Type? expected) => Assert.Equal(expected, JsonErrors.FieldType(typeof(Probe), field));

    private sealed record Probe(IReadOnlyList<ProbePeriod> Periods);

    private sealed record ProbePeriod(decimal? Planned);
}
