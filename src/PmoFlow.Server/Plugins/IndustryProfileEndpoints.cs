using Microsoft.AspNetCore.Mvc;
using PmoFlow.Core.Ports;
using PmoFlow.Hosting.Industry;

namespace PmoFlow.Server.Plugins;

/// <summary>The industry profile in force, for people and reports: what the baseline's industry plugin brings.</summary>
internal static class IndustryProfileEndpoints
{
    public static RouteHandlerBuilder MapIndustryProfileEndpoints(this IEndpointRouteBuilder api) =>
        api.MapGet("/industry-profile", GetAsync).WithTags("Governance").WithName("GetIndustryProfile")
            .WithSummary("The industry profile the baseline selects: KPI catalogue, benefit categories, controls, terminology, thresholds in force")
            .Produces<IndustryProfileView>();

    private static async Task<IResult> GetAsync([FromServices] IPmoStore store, [FromServices] IIndustryProfiles industry, CancellationToken cancellationToken)
    {
        var baseline = await store.GetBaselineAsync(cancellationToken);
        var selection = industry.Select(baseline.IndustryProfile);
        var thresholds = industry.Thresholds(selection, await store.GetThresholdsAsync(cancellationToken));
        return TypedResults.Ok(IndustryProfileView.From(selection, thresholds));
    }
}
